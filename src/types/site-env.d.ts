interface ImportMetaEnv {
  /** The site's public root URL from SITE_URL at build time (vite.config.ts); '' when unset. */
  readonly SITE_URL?: string;
}
