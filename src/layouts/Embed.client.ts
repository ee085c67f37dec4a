/**
 * Browser code of Embed.astro: an embedded page tells its host page how tall it is.
 * Runs once per page; does nothing where the page lacks its elements.
 */
export function reportEmbedHeight(): void {
  // Tell the host page how tall we are, whenever that changes. The height is not secret,
  // and the host's origin is unknown in advance, hence "*".
  const post = () =>
    parent.postMessage({ type: 'chi-tieu-xa:height', height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, '*');
  if (parent !== window) {
    new ResizeObserver(post).observe(document.documentElement);
    addEventListener('load', post);
  }
}
