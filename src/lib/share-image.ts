// A page's share image (Open Graph, Twitter card): its size is the one the large cards of
// Facebook, LinkedIn, X and most chat apps show uncropped.
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** What a page's head says about its share image. */
export interface ShareImage {
  /** The image's path in the app, without any base path (paths.shareImage). */
  path: string;
  /** What the image says, in words. */
  alt: string;
}
