// Preferences the server must know before it renders a page (so that the first paint is already right) live in
// cookies rather than in localStorage, which only the browser can read.

/** Stores a preference for a year, for every page of the app; it is not a secret and scripts may read it. */
export function rememberInCookie(name, value) {
  document.cookie = `${encodeURIComponent(name)}=${encodeURIComponent(value)}; path=/; max-age=31536000; samesite=lax`;
}
