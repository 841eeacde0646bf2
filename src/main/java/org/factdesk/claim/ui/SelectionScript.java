package org.factdesk.claim.ui;

import java.util.Optional;
import org.factdesk.extraction.TextPart;

/**
 * Reads the browser's text selection inside the article panel as offsets into the title or body. The script is
 * fixed and takes no parameters: no user text is ever spliced into JavaScript.
 */
final class SelectionScript {

    /** Runs with {@code this} bound to the article panel; answers "PART:start:end", "none", "outside" or "parts". */
    static final String SCRIPT = """
            const selection = window.getSelection();
            if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { return 'none'; }
            const range = selection.getRangeAt(0);
            const root = this;
            const position = (node, offset) => {
              const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
              const block = element && element.closest('[data-part]');
              if (!block || !root.contains(block)) { return null; }
              let last = null;
              for (const piece of block.querySelectorAll('[data-offset]')) {
                const around = document.createRange();
                around.selectNodeContents(piece);
                const where = around.comparePoint(node, offset);
                if (where < 0) { return [block.dataset.part, Number(piece.dataset.offset)]; }
                if (where === 0) {
                  const before = document.createRange();
                  before.setStart(piece, 0);
                  before.setEnd(node, offset);
                  return [block.dataset.part, Number(piece.dataset.offset) + before.toString().length];
                }
                last = piece;
              }
              return last ? [block.dataset.part, Number(last.dataset.offset) + last.textContent.length] : null;
            };
            const start = position(range.startContainer, range.startOffset);
            const end = position(range.endContainer, range.endOffset);
            if (!start || !end) { return 'outside'; }
            if (start[0] !== end[0]) { return 'parts'; }
            return start[0] + ':' + start[1] + ':' + end[1];
            """;

    private SelectionScript() {
    }

    /** The selection the script reported, or empty with the reason's message key in {@code Selection.problem}. */
    static Selection parse(String answer) {
        String[] fields = answer.split(":");
        if (fields.length == 3) {
            try {
                return new Selection(Optional.of(TextPart.valueOf(fields[0])), Integer.parseInt(fields[1]),
                        Integer.parseInt(fields[2]), "");
            } catch (IllegalArgumentException e) {
                return Selection.problem("claim.error.selection-outside");
            }
        }
        return Selection.problem(switch (answer) {
            case "none" -> "claim.error.selection-empty";
            case "parts" -> "claim.error.selection-paragraphs";
            default -> "claim.error.selection-outside";
        });
    }

    record Selection(Optional<TextPart> part, int start, int end, String problem) {
        static Selection problem(String key) {
            return new Selection(Optional.empty(), 0, 0, key);
        }
    }
}
