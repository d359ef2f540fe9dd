import { Injectable, computed, inject, signal } from '@angular/core';
import type { ProfileDto, UpdateProfileDto } from '@walikota/shared-contracts';
import { I18n, Language } from '@walikota/web-i18n';
import { API } from './api';
import { readSessionHint } from './session-hint';
import { clearDrafts } from './drafts';

export type Role = ProfileDto['roles'][number];

/** Roles that work in the staff area (`/admin`). */
export const STAFF_ROLES: readonly Role[] = ['moderator', 'official', 'admin'];

/** Who is signed in. The language follows the user: their saved choice wins on sign-in. */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly api = inject(API);
  private readonly i18n = inject(I18n);
  private restoring: Promise<ProfileDto | null> | null = null;

  readonly profile = signal<ProfileDto | null>(null);
  readonly signedIn = computed(() => this.profile() !== null);
  readonly roles = computed<readonly Role[]>(() => this.profile()?.roles ?? []);
  readonly isStaff = computed(() => this.roles().some((role) => STAFF_ROLES.includes(role)));

  /** Loads the signed-in user once; a visitor (no session cookie) costs no request. */
  restore(): Promise<ProfileDto | null> {
    this.restoring ??= (async () => {
      if (readSessionHint() === null) return null;
      try {
        return this.adopt(await this.api.getProfile());
      } catch {
        return null;
      }
    })();
    return this.restoring;
  }

  /** Reads the profile again (after e-mail verification, a role change…). */
  async reload(): Promise<ProfileDto> {
    const profile = this.adopt(await this.api.getProfile());
    this.restoring = Promise.resolve(profile);
    return profile;
  }

  hasRole(...roles: Role[]): boolean {
    return this.roles().some((role) => roles.includes(role));
  }

  async signIn(email: string, password: string): Promise<ProfileDto> {
    const profile = this.adopt(await this.api.login({ email, password }));
    this.restoring = Promise.resolve(profile);
    return profile;
  }

  async signOut(): Promise<void> {
    try {
      await this.api.logout();
    } finally {
      this.forget();
      clearDrafts();
    }
  }

  /** After the account is gone or the session ended elsewhere. */
  forget(): void {
    this.profile.set(null);
    this.restoring = Promise.resolve(null);
  }

  async update(changes: UpdateProfileDto): Promise<ProfileDto> {
    return this.adopt(await this.api.updateProfile(changes));
  }

  /** Switches the language on screen, and saves it for the user when signed in. */
  async useLanguage(language: Language): Promise<void> {
    await this.i18n.use(language);
    if (this.signedIn() && this.profile()?.language !== language) await this.update({ language });
  }

  private adopt(profile: ProfileDto): ProfileDto {
    this.profile.set(profile);
    if (profile.language !== this.i18n.language()) void this.i18n.use(profile.language).catch(() => undefined);
    return profile;
  }
}
