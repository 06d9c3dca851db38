import { graphql } from '../../../../gql';

export const GET_REPORT = graphql(`
  query GetReport($id: ID!) {
    report(id: $id) {
      id title year template scope status publishedOn deadline late sampleData parserVersion ingestedAt failedRules needsReview reviewReasons correctsReportId
      ocr { engine dpi pages threshold meanConfidence lowConfidence ruleChosen msPerPage }
      pageImages { page width height url }
      issuer { name kind }
      region { code name }
      source { id fileName format byteSize downloadUrl convertedBy }
      values { key value state raw printedUnit flags provenance { table rowLabel columnLabel tableIndex row col page } ocr { confidence read chosenBy } box correction { previous previousState by at note } }
      findings { id rule severity modes scope cells expected actual messageZh messageEn }
      versions { id status ingestedAt parserVersion correctsReportId source { fileName } }
      republication { previousReportId url detectedAt changes { metricKey before beforeState after afterState } }
      regionChanges { id fromRegion { code name } toRegion { code name } reason changedBy changedAt }
      narrative { parserVersion truncated preamble { text start end page } sections { numeral heading paragraphs { text start end page } } }
    }
  }
`);
