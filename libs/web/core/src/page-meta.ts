import { DOCUMENT } from '@angular/common';
import { DestroyRef, Injectable, REQUEST, Signal, effect, inject, signal } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';
import { I18n } from '@walikota/web-i18n';
import { SiteStore } from './site.store';

/** What a page with content of its own (a report, a petition) says about itself in a shared link. */
export interface PageDetails {
  /** Its own title, without the portal's name. */
  title: string;
  /** One or two sentences: what it is, its status, the city. */
  description: string;
  /** `article` for a piece of content, `website` for the portal's own pages. */
  type?: 'website' | 'article';
}

/** The route's title and description, as i18n keys (route `title` and `data.description`). */
interface RouteDetails {
  titleKey?: string;
  descriptionKey?: string;
  /** The path, without query or fragment: the canonical address of the page. */
  path: string;
}

/** The default card: the portal and the city (served by the API, see docs/product.md "Link previews"). */
const CARD_IMAGE = { path: '/og/kartu.png', width: '1200', height: '630' };

/**
 * The document title and everything a chat app or a search engine reads of a page: description,
 * Open Graph and Twitter card tags, canonical URL (docs/product.md, "Link previews and search
 * engines"). Pages rendered on the server send them in the HTML, so a link pasted into WhatsApp
 * shows the page's own title and a useful line about it.
 *
 * The route gives the defaults (its title key, `data.description`); a page showing one piece of
 * content (a report) describes it with `follow()`, for as long as it is on screen.
 */
@Injectable({ providedIn: 'root' })
export class PageMeta {
  private readonly i18n = inject(I18n);
  private readonly site = inject(SiteStore);
  private readonly title = inject(Title);
  private readonly meta = inject(Meta);
  private readonly document = inject(DOCUMENT);
  /** On the server, the page request (its origin is the portal's public address). */
  private readonly request = inject(REQUEST, { optional: true });
  private readonly route = signal<RouteDetails>({ path: '/' });
  private readonly details = signal<Signal<PageDetails | null> | null>(null);

  constructor() {
    effect(() => this.apply());
  }

  /** Called by the title strategy after each navigation. */
  forRoute(route: RouteDetails): void {
    this.route.set(route);
  }

  /** The current page describes itself with `details` until it is destroyed. */
  follow(details: Signal<PageDetails | null>, destroyRef: DestroyRef = inject(DestroyRef)): void {
    this.details.set(details);
    destroyRef.onDestroy(() => {
      if (this.details() === details) this.details.set(null);
    });
  }

  private apply(): void {
    const i18n = this.i18n;
    const city = this.site.site()?.cityName ?? '';
    const siteName = i18n.t('title.suffix', { city }).trim();
    const route = this.route();
    const own = this.details()?.() ?? null;
    const routeTitle = route.titleKey ? i18n.t(route.titleKey) : null;
    const pageTitle = own?.title ?? routeTitle;
    const description = own?.description ?? i18n.t(route.descriptionKey ?? 'meta.description', { city });
    const origin = this.origin();
    const url = `${origin}${route.path}`;
    const image = `${origin}${CARD_IMAGE.path}`;

    this.title.setTitle(pageTitle ? `${pageTitle} · ${siteName}` : siteName);
    const tags: [attribute: 'name' | 'property', key: string, content: string][] = [
      ['name', 'description', description],
      ['property', 'og:site_name', siteName],
      ['property', 'og:title', pageTitle ?? siteName],
      ['property', 'og:description', description],
      ['property', 'og:type', own?.type ?? 'website'],
      ['property', 'og:url', url],
      ['property', 'og:locale', i18n.language() === 'id' ? 'id_ID' : 'en_GB'],
      ['property', 'og:image', image],
      ['property', 'og:image:width', CARD_IMAGE.width],
      ['property', 'og:image:height', CARD_IMAGE.height],
      ['property', 'og:image:alt', siteName],
      ['name', 'twitter:card', 'summary_large_image'],
      ['name', 'twitter:title', pageTitle ?? siteName],
      ['name', 'twitter:description', description],
      ['name', 'twitter:image', image],
    ];
    for (const [attribute, key, content] of tags) this.meta.updateTag({ [attribute]: key, content }, `${attribute}="${key}"`);
    this.canonical(url);
  }

  private canonical(url: string): void {
    let link = this.document.head.querySelector<HTMLLinkElement>('link[rel="canonical"]');
    if (!link) {
      link = this.document.createElement('link');
      link.setAttribute('rel', 'canonical');
      this.document.head.appendChild(link);
    }
    link.setAttribute('href', url);
  }

  private origin(): string {
    if (this.request) return new URL(this.request.url).origin;
    return this.document.location?.origin ?? '';
  }
}
