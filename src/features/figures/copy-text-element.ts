// <copy-text for="id">: a "Copy" button beside a read-only text box, added only where the clipboard is available.
// Without script the box is still there to select and copy by hand. Budget: 600 bytes brotli.
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const source = document.getElementById(this.getAttribute('for') ?? '') as HTMLTextAreaElement | null;
    if (!source || !navigator.clipboard || this.firstChild) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = this.getAttribute('label') ?? 'Copy';
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(source.value).then(
        () => (status.textContent = ' Copied.'),
        () => (status.textContent = ' Could not copy: select the text and copy it.'),
      );
    });
    this.append(button, status);
  }
}
customElements.define('copy-text', CopyText);
