/**
 * The reviewer's API key, for this browser tab's session only: sessionStorage dies with the tab,
 * while localStorage would keep a secret on disk for anyone at the machine later. It never goes
 * into the URL, where history and logs would keep it.
 */
const SLOT = 'kg-review-key';

export function readKey(): string | null {
  try {
    return sessionStorage.getItem(SLOT);
  } catch {
    return null;
  }
}

export function storeKey(key: string): void {
  sessionStorage.setItem(SLOT, key);
}

export function forgetKey(): void {
  sessionStorage.removeItem(SLOT);
}
