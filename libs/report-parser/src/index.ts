export * from './lib/model/document-model';
export * from './lib/model/parsed-report';
export * from './lib/model/report-parse-error';
export * from './lib/parse-report';
