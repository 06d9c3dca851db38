export function TrendsPage() {
  return <div className="page">Trends</div>;
}
