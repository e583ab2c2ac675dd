// A status update given (4.6) in words, one rule for the site and the PDFs: on time or
// late is judged on the clock, as the status-update result is, never on the wall clock.

/** "Statusupdate gegeven (op tijd)", "(te laat)", or without a verdict when there is no streeftijd. */
export function statusUpdateGivenText(onTime: boolean | null): string {
  return onTime === null ? 'Statusupdate gegeven' : onTime ? 'Statusupdate gegeven (op tijd)' : 'Statusupdate gegeven (te laat)';
}
