// Keeps the playground's chat on its newest message while a run streams, as chat apps do: it follows the bottom until
// the user scrolls up, then stays where they are and shows a "Jump to latest" button, which scrolls down and follows
// again. Sending a message follows again too. It all happens in the browser: no server call per streamed token.

// How near the bottom (px) still counts as at the bottom, so that a pixel of rounding does not stop the following.
const slack = 24;

export function follow(chat, jump) {
    let following = true;
    // Where the last scroll to the bottom left the chat: a scrollTop below it means the user scrolled up.
    let pinnedTop = chat.scrollTop;

    const atBottom = () => chat.scrollHeight - chat.scrollTop - chat.clientHeight <= slack;
    const setFollowing = value => {
        following = value;
        jump.hidden = value;
    };
    const pin = () => {
        chat.scrollTop = chat.scrollHeight;
        pinnedTop = chat.scrollTop;
    };
    const sentByUser = records => records.some(r => [...r.addedNodes].some(n => n.nodeType === Node.ELEMENT_NODE && n.matches('[data-testid="chat-user"]')));

    const onScroll = () => {
        if (atBottom()) {
            setFollowing(true);
            pinnedTop = chat.scrollTop;
        } else if (chat.scrollTop < pinnedTop) {
            setFollowing(false);
        }
    };

    const onChange = records => {
        if (sentByUser(records) || atBottom()) {
            setFollowing(true);
        } else if (following && chat.scrollTop < pinnedTop) {
            // The user scrolled up and the content changed before the scroll event came: theirs wins.
            setFollowing(false);
        }

        if (following) {
            pin();
        }
    };

    const onJump = () => {
        setFollowing(true);
        pin();
    };

    const changes = new MutationObserver(onChange);
    changes.observe(chat, { childList: true, subtree: true, characterData: true });
    // The chat's own height changes too (the window, the input growing): the newest message stays in view.
    const resizes = new ResizeObserver(() => following && pin());
    resizes.observe(chat);
    chat.addEventListener('scroll', onScroll, { passive: true });
    jump.addEventListener('click', onJump);
    setFollowing(true);
    pin();

    return {
        dispose() {
            changes.disconnect();
            resizes.disconnect();
            chat.removeEventListener('scroll', onScroll);
            jump.removeEventListener('click', onJump);
        },
    };
}
