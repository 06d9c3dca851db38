export function QualityPage() {
  return <div className="page">Quality</div>;
}
