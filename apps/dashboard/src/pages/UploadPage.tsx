export function UploadPage() {
  return <div className="page">Upload</div>;
}
