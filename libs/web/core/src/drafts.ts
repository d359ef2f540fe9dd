import { Injectable } from '@angular/core';

const PREFIX = 'walikota.draft.';

/**
 * Unsent form text kept in this browser, per account, so that a long complaint is not lost to a
 * closed tab, a reload or a dropped connection. Only text fields: never files, never secrets.
 * Signing out removes every draft (a shared computer keeps nothing of what was typed); a session
 * that merely expires keeps them, so the work survives signing in again.
 */
@Injectable({ providedIn: 'root' })
export class Drafts {
  read<T extends object>(form: string, owner: string): Partial<T> | null {
    try {
      const raw = localStorage.getItem(key(form, owner));
      const value: unknown = raw ? JSON.parse(raw) : null;
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Partial<T>) : null;
    } catch {
      return null;
    }
  }

  write(form: string, owner: string, value: Record<string, string>): void {
    try {
      localStorage.setItem(key(form, owner), JSON.stringify(value));
    } catch {
      // Storage full or unavailable (private browsing): the form still works, without a draft.
    }
  }

  remove(form: string, owner: string): void {
    try {
      localStorage.removeItem(key(form, owner));
    } catch {
      // Nothing kept, nothing to remove.
    }
  }
}

/** Removes every draft of every account in this browser (at sign-out). */
export function clearDrafts(): void {
  try {
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const name = localStorage.key(i);
      if (name?.startsWith(PREFIX)) localStorage.removeItem(name);
    }
  } catch {
    // Storage unavailable: there were no drafts.
  }
}

function key(form: string, owner: string): string {
  return `${PREFIX}${form}.${owner}`;
}
