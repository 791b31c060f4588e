// Tests that know what kind of document they hold say so; the wrong kind fails the test.
import type { AnnualReport, Catalogue, Normalised } from '../src/index.js';

export function catalogueOf(result: Normalised): Catalogue {
  if (result.kind !== 'catalogue') throw new Error(`expected a catalogue, got ${result.kind}`);
  return result.document;
}

export function reportOf(result: Normalised): AnnualReport {
  if (result.kind !== 'annual-report') throw new Error(`expected an annual report, got ${result.kind}`);
  return result.document;
}
