import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentTypeOf, isCompressible, resolveRequest } from '../../../tools/bench/serving';

const mounts = [
  { prefix: '/play/borderlines/', root: '/srv/dist' },
  { prefix: '/bare-phaser/', root: '/tmp/bare' },
];

describe('benchmark server paths and types', () => {
  it('maps a URL to a file in its mount, index.html for folders, ignoring the query', () => {
    expect(resolveRequest(mounts, '/play/borderlines/')).toBe(join('/srv/dist', 'index.html'));
    expect(resolveRequest(mounts, '/play/borderlines/?pack=x')).toBe(join('/srv/dist', 'index.html'));
    expect(resolveRequest(mounts, '/play/borderlines/assets/a%20b.js')).toBe(
      join('/srv/dist', 'assets/a b.js'),
    );
    expect(resolveRequest(mounts, '/bare-phaser/assets/index.js')).toBe(join('/tmp/bare', 'assets/index.js'));
  });

  it('refuses paths outside every mount or leaving the mount', () => {
    expect(resolveRequest(mounts, '/assets/x.js')).toBeNull();
    expect(resolveRequest(mounts, '/play/borderlines/../../etc/passwd')).toBeNull();
    expect(resolveRequest(mounts, '/play/borderlines/%2e%2e/secret')).toBeNull();
  });

  it('compresses text, scripts, JSON and SVG but not images or audio', () => {
    expect(contentTypeOf('a/index.HTML')).toBe('text/html; charset=utf-8');
    expect(isCompressible(contentTypeOf('x.js'))).toBe(true);
    expect(isCompressible(contentTypeOf('x.css'))).toBe(true);
    expect(isCompressible(contentTypeOf('map.json'))).toBe(true);
    expect(isCompressible(contentTypeOf('manifest.webmanifest'))).toBe(true);
    expect(isCompressible(contentTypeOf('icon.svg'))).toBe(true);
    expect(isCompressible(contentTypeOf('icon.png'))).toBe(false);
    expect(isCompressible(contentTypeOf('click.wav'))).toBe(false);
    expect(contentTypeOf('blob.bin')).toBe('application/octet-stream');
  });
});
