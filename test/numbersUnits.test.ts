import { strict as assert } from 'node:assert';
import { currencyPrefix, gluedUnit, unitLabel, unitWord } from '../server/src/core/numbers/units';

describe('numbers/units', () => {
  it('converts lengths, weights and durations to one base per dimension', () => {
    const mile = unitWord('miles', true)!;
    const km = unitWord('kilometres', true)!;
    assert.equal(mile.base, km.base);
    assert.ok(Math.abs(995 * mile.factor - 1601.3) < 0.1);
    assert.equal(unitWord('feet', true)!.base, 'km');
    assert.ok(Math.abs(unitWord('lbs', true)!.factor - 0.4536) < 1e-4);
    assert.equal(unitWord('tonnes', true)!.factor, 1000);
    assert.equal(unitWord('weeks', false)!.factor, 7);
    assert.equal(unitWord('per cent', true)!.base, 'ratio');
  });

  it('keeps currencies apart: each is its own base', () => {
    const usd = unitWord('dollars', true)!;
    const eur = unitWord('euros', true)!;
    assert.notEqual(usd.base, eur.base);
    assert.equal(usd.currency, true);
    assert.equal(currencyPrefix('$'), 'usd');
    assert.equal(currencyPrefix('US$'), 'usd');
    assert.equal(currencyPrefix('€'), 'eur');
    assert.equal(currencyPrefix('%'), undefined);
  });

  it('accepts short ambiguous unit names only after digits', () => {
    assert.equal(unitWord('m', false), undefined);
    assert.equal(unitWord('m', true)!.unit, 'm');
    assert.equal(unitWord('lbs.', true)!.unit, 'lb');
    assert.equal(unitWord('C', true)!.unit, 'celsius');
    assert.equal(unitWord('c', true), undefined);
  });

  it('reads units glued to digits, but not capital single letters', () => {
    assert.equal(gluedUnit('km')!.unit, 'km');
    assert.equal(gluedUnit('G'), undefined); // "5G"
    assert.equal(gluedUnit('g')!.unit, 'g');
  });

  it('labels units for explanations', () => {
    assert.equal(unitLabel('mile', 2), 'miles');
    assert.equal(unitLabel('km', 2), 'km');
    assert.equal(unitLabel('usd', 5), 'USD');
    assert.equal(unitLabel('percent', 5), '%');
  });
});
