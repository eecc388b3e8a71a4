import { css } from 'lit';

/** The toolbar's controls. */
export const toolbarStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 6px 12px;
    align-items: center;
  }
  .group {
    display: inline-flex;
    /* Larger type on a phone: the search's count goes under its field, not past the page. */
    flex-wrap: wrap;
    gap: 4px;
    align-items: center;
  }
  .toolbar button,
  .toolbar input {
    min-height: var(--_control-height);
    min-width: var(--_control-height);
    box-sizing: border-box;
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
    padding: 2px 8px;
    font: inherit;
  }
  .toolbar input::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
  .toolbar button {
    cursor: pointer;
  }
  .toolbar button:hover {
    background: var(--_surface);
  }
  .toolbar button:disabled {
    color: var(--_muted);
    border-color: var(--_rule);
    cursor: default;
  }
  .toolbar input {
    width: 9.5em;
  }
  .toolbar input[type='search'] {
    width: 11em;
  }
  .toolbar input[aria-invalid='true'] {
    border-color: var(--_selected);
  }
  .toolbar label {
    color: var(--_muted);
  }
  .hint {
    unicode-bidi: plaintext;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* Its own class: .error is the panel of a load that failed. */
  .goto-error {
    color: var(--_selected);
    font-size: 0.9em;
  }
`;
