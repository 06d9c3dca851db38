export function ReportPage() {
  return <div className="page">Report</div>;
}
