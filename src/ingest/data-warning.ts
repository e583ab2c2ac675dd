// A remark on data that was read and judged, but that a person should look at: it
// names the file and line, and never changes a count (the row is judged).
export interface DataWarning {
  file: string;
  line: number;
  /** Stable code, e.g. for filtering (README, Bad input). */
  code: 'open-last-row' | 'client-name-differs' | 'id-mixed-script' | 'duplicate-other-client' | 'subject-cut' | 'subject-not-read';
  /** Dutch, for the CLI and the site. */
  message: string;
}

/** The warning for a file whose last row (at `line`) has no line break after it. */
export function openLastRowWarning(file: string, line: number): DataWarning {
  return {
    file,
    line,
    code: 'open-last-row',
    message:
      'het bestand eindigt zonder regeleinde na deze rij; als de export halverwege is afgebroken, kan de laatste waarde ingekort zijn ' +
      '(bijv. "Intramed" in plaats van "Intramed Online"). De rij is beoordeeld zoals gelezen; controleer haar of exporteer opnieuw.',
  };
}

/** The warning for a subject cut to its longest length (ingest/subject.ts); it never quotes the subject, which may hold patient data. */
export function subjectCutWarning(file: string, line: number, length: number, max: number): DataWarning {
  return { file, line, code: 'subject-cut', message: `onderwerp ingekort van ${length} tot ${max} tekens (de tekst zelf wordt hier niet getoond)` };
}

/** The notice for a tickets.csv whose `subject` column is passed by: subjects are read only when asked (--subjects). */
export function subjectNotReadWarning(file: string): DataWarning {
  return {
    file,
    line: 1,
    code: 'subject-not-read',
    message: 'de kolom subject is niet gelezen: onderwerpen kunnen patiëntgegevens bevatten. Geef --subjects om ze te lezen; ze staan dan alleen in het eigen klantrapport en op de eigen klantpagina.',
  };
}
