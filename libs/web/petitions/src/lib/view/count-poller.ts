import { DestroyRef, Injector, Signal, afterNextRender, effect, inject, signal, untracked } from '@angular/core';
import { DOCUMENT } from '@angular/common';
import type { PetitionCountDto } from '@walikota/shared-contracts';

/** How often an open petition's page asks for its count while the tab is visible. */
export const COUNT_POLL_MS = 5000;

/**
 * The count of an open petition while its page is open: asked every 5 seconds while the tab is
 * visible (at once when it becomes visible again), in the browser only — never while rendering
 * on the server, where `afterNextRender` does not run.
 */
export function pollPetitionCount(
  code: Signal<string | null>,
  fetch: (code: string) => Promise<PetitionCountDto>,
  injector: Injector = inject(Injector),
): Signal<PetitionCountDto | null> {
  const latest = signal<PetitionCountDto | null>(null);
  const document = injector.get(DOCUMENT);
  let timer: ReturnType<typeof setInterval> | null = null;
  let inFlight = false;

  const ask = async () => {
    const current = untracked(code);
    if (!current || inFlight || document.visibilityState !== 'visible') return;
    inFlight = true;
    try {
      const count = await fetch(current);
      if (count.code === untracked(code)) latest.set(count);
    } catch {
      // A missed beat: the next one tries again.
    } finally {
      inFlight = false;
    }
  };
  const onVisibility = () => void ask();

  afterNextRender(
    () => {
      document.addEventListener('visibilitychange', onVisibility);
      effect(
        () => {
          const current = code();
          untracked(() => latest.set(null));
          if (timer) clearInterval(timer);
          timer = current ? setInterval(() => void ask(), COUNT_POLL_MS) : null;
        },
        { injector },
      );
    },
    { injector },
  );
  injector.get(DestroyRef).onDestroy(() => {
    if (timer) clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });
  return latest.asReadonly();
}
