// Typed by src/site/model-source.ts, the one place that reads what was handed over.
export function provideModel(model: object): void;
export function providedModel(): object | null;
export function releaseModel(): void;
