export type AssessmentEvidence = {
  kind: string;
  messageZh: string;
  messageEn: string;
  points: number;
  cells: string[];
  quote: string | null;
  previousQuote: string | null;
  section: string | null;
  start: number | null;
  end: number | null;
};

export type IndicatorScore = {
  id: string;
  labelZh: string;
  labelEn: string;
  weight: number;
  score: number | null;
  cost: number;
  flagZh: string | null;
  flagEn: string | null;
  measure: number | null;
  evidence: AssessmentEvidence[];
};

export type BodyAssessment = {
  issuerId: string;
  issuerName: string;
  regionCode: string;
  regionName: string;
  reportId: string | null;
  score: number | null;
  rank: number | null;
  previousScore: number | null;
  previousYear: number | null;
  change: number | null;
  mainProblems: string[];
  sampleData: boolean;
  indicators: IndicatorScore[];
};

export type RegionAssessment = {
  parentCode: string;
  parentName: string;
  year: number;
  assessed: number;
  missing: number;
  meanScore: number | null;
  scheme: { id: string; version: string; labelZh: string; labelEn: string; weightsRegionCode: string | null; weightsSavedAt: string | null; indicators: { id: string; labelZh: string; labelEn: string; weight: number }[] };
  bodies: BodyAssessment[];
};
