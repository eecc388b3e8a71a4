import { css } from 'lit';

export const legendStyles = css`
  :host {
    display: block;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 2px 10px 2px 8px;
    border: 1px solid var(--_line);
    /* Round-ended, unless the house's corners are square (a radius of 0). */
    border-radius: calc(var(--_radius) * 999);
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
    /* A long name wraps, and a long compound word breaks, rather than push past a phone's page. */
    text-align: start;
    overflow-wrap: anywhere;
  }
  button[aria-pressed='false'] {
    color: var(--_muted);
    text-decoration: line-through;
    background: var(--_surface);
  }
  .swatch {
    flex: none;
    width: 12px;
    height: 12px;
    border-radius: 50%;
    background: var(--_swatch);
    border: 2px solid var(--_swatch);
    box-sizing: border-box;
  }
  button[aria-pressed='false'] .swatch {
    background: transparent;
  }
  /* The markers' shapes past the palette's sixth colour (see the timeline's marks). */
  .swatch.shape-1 {
    border-radius: 1px;
  }
  .swatch.shape-2 {
    border-radius: 1px;
    transform: rotate(45deg) scale(0.8);
  }
  .swatch.shape-3 {
    border-radius: 1px;
    transform: scaleY(0.5);
  }
  /* Forced colours: the swatch keeps its ink, in the shape the category's markers take. */
  @media (forced-colors: active) {
    .swatch[class] {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
      border-radius: 50%;
      transform: none;
    }
    .swatch[data-shape='1'] {
      border-radius: 0;
    }
    .swatch[data-shape='2'] {
      border-radius: 0;
      transform: rotate(45deg) scale(0.8);
    }
    .swatch[data-shape='3'] {
      background: Canvas;
      border-width: 3px;
    }
    button[aria-pressed='false'] .swatch {
      background: Canvas;
      border-color: GrayText;
    }
  }
`;
