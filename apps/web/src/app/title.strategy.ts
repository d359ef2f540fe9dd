import { Injectable, inject } from '@angular/core';
import { ActivatedRouteSnapshot, RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { PageMeta } from '@walikota/web-core';

/**
 * Route titles are i18n keys, and `data.description` the key of the page's description; PageMeta
 * turns them into the document title ("Masuk · Portal Warga Kota Semarang"), the description and
 * the link-preview tags, following the language.
 */
@Injectable({ providedIn: 'root' })
export class I18nTitleStrategy extends TitleStrategy {
  private readonly pageMeta = inject(PageMeta);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageMeta.forRoute({
      titleKey: this.buildTitle(snapshot),
      descriptionKey: deepest(snapshot.root, 'description'),
      path: snapshot.url.split(/[?#]/)[0],
    });
  }
}

/** The innermost route's value for `key` in its data (child routes inherit their parents' data). */
function deepest(route: ActivatedRouteSnapshot, key: string): string | undefined {
  let value: unknown;
  for (let current: ActivatedRouteSnapshot | null = route; current; current = current.firstChild) {
    if (current.data[key] !== undefined) value = current.data[key];
  }
  return typeof value === 'string' ? value : undefined;
}
