// Helpers for driving VS Code's workbench (code-server 4.100 / VS Code 1.100) through playwright-core.

/** DOM selectors of the workbench parts the e2e test reads. */
export const selectors = {
  workbench: '.monaco-workbench',
  explorerRow: '.explorer-folders-view .monaco-list-row',
  activeTab: '.part.editor .tabs-container .tab.active',
  statusBar: '.part.statusbar',
  statusItem: '.part.statusbar .statusbar-item',
  editor: '.part.editor .monaco-editor',
  viewLine: '.part.editor .view-line',
  squiggle: '.squiggly-warning, .squiggly-error, .squiggly-info',
  problemRow: '.markers-panel .monaco-list-row',
  // Hidden hover elements stay in the DOM: only the visible one counts.
  visibleHover: '.monaco-hover:visible',
  actionItem: '.action-widget .monaco-list-row.action',
};

/**
 * The on-screen box of the first occurrence of `needle` in the editor's rendered lines. Monaco
 * renders a line as token spans with non-breaking spaces, so the search runs over the line's text
 * nodes joined, then a DOM Range gives the exact rectangle of the match.
 */
export async function textBox(page, needle) {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.part.editor .view-line')) {
      const nodes = [];
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
      const text = nodes.map((n) => n.data).join('').replace(/\u00a0/g, ' ');
      const at = text.indexOf(needle);
      if (at < 0) continue;
      const locate = (offset) => {
        let seen = 0;
        for (const node of nodes) {
          if (offset <= seen + node.data.length) return [node, offset - seen];
          seen += node.data.length;
        }
        return [nodes[nodes.length - 1], nodes[nodes.length - 1].data.length];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, needle);
}

/** Named pass/fail checks, printed as they happen and summed up in the plain "N passed, N failed" line. */
export class Checks {
  passed = 0;
  failed = 0;

  record(ok, what, detail) {
    if (ok) this.passed += 1;
    else this.failed += 1;
    const note = detail ? `: ${String(detail).replace(/\s+/g, ' ').slice(0, 300)}` : '';
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${note}`);
  }

  summary(label) {
    console.log(`${label}: ${this.passed} passed, ${this.failed} failed`);
  }
}
