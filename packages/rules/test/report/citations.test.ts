import { describe, expect, it } from 'vitest';
import { sources } from '../../src';
import { doiUrl, shortReference } from '../../src/report';

describe('citations', () => {
  it('shortens references to surname (et al.) and year', () => {
    expect(shortReference(sources.oliver2019.reference)).toBe('Oliver et al. 2019');
    expect(shortReference(sources.powell2018.reference)).toBe('Powell et al. 2018');
    expect(shortReference(sources.wye2019.reference)).toBe('Wye et al.');
    expect(shortReference('Doe J, Roe R (2020). A title.')).toBe('Doe & Roe 2020');
    expect(shortReference('Doe J (2020). A title.')).toBe('Doe 2020');
    // An unattributed source: its title up to the first stop.
    expect(shortReference(sources.slides.reference)).toBe(sources.slides.reference.split(/[.:(]/)[0]!.trim());
  });

  it('turns DOIs into https://doi.org/ links, and nothing else', () => {
    expect(doiUrl(sources.oliver2019.doi)).toBe('https://doi.org/10.1186/s12961-019-0432-3');
    expect(doiUrl('10.1111/padm.12365')).toBe('https://doi.org/10.1111/padm.12365');
    expect(doiUrl('https://doi.org/10.1000/abc')).toBe('https://doi.org/10.1000/abc');
    expect(doiUrl('10.1000/x"><script>')).toBeUndefined();
    expect(doiUrl('javascript:alert(1)')).toBeUndefined();
    expect(doiUrl(undefined)).toBeUndefined();
  });
});
