/** Where a petition is read in the web app (public page; drafts and pending ones for those who may see them). */
export function petitionLink(code: string): string {
  return `/petisi/${code}`;
}

/** The share link sponsors open. */
export function sponsorLink(token: string): string {
  return `/petisi/dukung/${token}`;
}

/** Where moderators decide on it. */
export function moderationLink(code: string): string {
  return `/admin/petisi/${code}`;
}
