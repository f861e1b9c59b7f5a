// "Edit this page" links point at the source file in the repository named once, in data/site.yaml.
export function editUrl(settings: { repository: string; branch: string }, filePath: string): string {
  return `${settings.repository.replace(/\/$/, '')}/edit/${settings.branch}/${filePath.replace(/^\.\//, '')}`;
}
