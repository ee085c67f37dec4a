import { describe, expect, it } from 'vitest';
import { bundleOptions, publishedRoot } from '../../../src/lib/emit/emit-bundle.ts';
import { publicAddress } from '../../../src/lib/site/paths.ts';

describe('publicAddress: what a citation or an embed snippet points at', () => {
  it('is the root-relative path when the build knows no host (no SITE_URL)', () => {
    expect(publicAddress(undefined, '/indicators/5g-coverage/')).toEqual({ href: '/indicators/5g-coverage/', absolute: false });
    expect(publicAddress('', '/cong-thong-tin/chi-tieu-57/en/communes/phuoc-an/')).toEqual({
      href: '/cong-thong-tin/chi-tieu-57/en/communes/phuoc-an/',
      absolute: false,
    });
  });

  it('is absolute on the deployment’s host when SITE_URL is set, the base path kept', () => {
    expect(publicAddress(new URL('https://portal.example.gov.vn'), '/chi-tieu/indicators/5g-coverage/')).toEqual({
      href: 'https://portal.example.gov.vn/chi-tieu/indicators/5g-coverage/',
      absolute: true,
    });
    expect(publicAddress('https://portal.example.gov.vn/', '/embed.js').href).toBe('https://portal.example.gov.vn/embed.js');
  });
});

describe('publishedRoot: what the source_url columns of the published CSVs are relative to', () => {
  it('is the base path alone without SITE_URL, so the columns hold root-relative paths', () => {
    expect(publishedRoot({})).toBe('/');
    expect(publishedRoot({ BASE_PATH: '/cong-thong-tin/chi-tieu-57/' })).toBe('/cong-thong-tin/chi-tieu-57/');
    expect(publishedRoot({ BASE_PATH: 'cong-thong-tin/chi-tieu-57' })).toBe('/cong-thong-tin/chi-tieu-57/');
    expect(bundleOptions({ SOURCE_DATE_EPOCH: '0' }).root).toBe('/');
  });

  it('is SITE_URL joined with the base path when set', () => {
    expect(publishedRoot({ SITE_URL: 'https://portal.example.gov.vn/', BASE_PATH: '/chi-tieu/' })).toBe(
      'https://portal.example.gov.vn/chi-tieu/',
    );
  });
});
