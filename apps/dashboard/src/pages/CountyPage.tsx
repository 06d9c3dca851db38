export function CountyPage() {
  return <div className="page">County</div>;
}
