import { signal } from '@angular/core';

/** Which rows of a list are opened up (a disclosure per row). */
export class ExpandedRows {
  private readonly ids = signal<ReadonlySet<string>>(new Set());

  isOpen(id: string): boolean {
    return this.ids().has(id);
  }

  toggle(id: string): void {
    this.ids.update((set) => {
      const next = new Set(set);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  closeAll(): void {
    this.ids.set(new Set());
  }
}
