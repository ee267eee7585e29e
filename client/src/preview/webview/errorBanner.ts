/// <reference lib="dom" />
/** The banner above the content of a page (the preview, the dashboard) that stopped updating, saying why. */
const ERROR_ID = 'jalon-preview-status';

export function showError(message: string): void {
  let banner = document.getElementById(ERROR_ID);
  if (!banner) {
    banner = document.createElement('div');
    banner.id = ERROR_ID;
    banner.className = 'jalon-preview-error';
    banner.setAttribute('role', 'alert');
    document.body.prepend(banner);
  }
  banner.textContent = message;
}

export function clearError(): void {
  document.getElementById(ERROR_ID)?.remove();
}
