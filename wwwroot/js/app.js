// Small browser helpers for the app shell. Everything here runs only after the circuit is interactive.
import { rememberInCookie } from './cookies.js';

export { rememberInCookie };

/** Reads a per-browser preference; null when unset or when storage is unavailable (private mode). */
export function readPreference(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores a per-browser preference; silently skipped when storage is unavailable. */
export function writePreference(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // The preference simply is not remembered.
  }
}

/**
 * Stores the theme choice in local storage and in the cookie the server renders the first paint from
 * (Components/Layout/BrowserPreferences.cs).
 */
export function writeThemePreference(key, value) {
  writePreference(key, value);
  rememberInCookie(key, value);
}

/** Marks the page as interactive so people-like browser tests click only once the server listens. */
export function markCircuitReady() {
  document.body.dataset.circuit = "ready";
}
