/** The environment variable that names the report model file the site renders (see model-source.ts). */
export const MODEL_FILE_ENV = 'SLA_RAPPORT_MODEL';
