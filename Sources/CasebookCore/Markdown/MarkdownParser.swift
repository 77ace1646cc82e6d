import CCmarkArena
import CCmarkGFM
import CCmarkThreads
import Foundation

/// Parses Markdown bodies with cmark-gfm. This is the only file that imports the C module.
package enum MarkdownParser {
    /// Registers cmark-gfm's extensions; call once before any concurrent parsing.
    package static func prepare() {
        _ = extensions
    }

    /// Whether parses run on several threads at once (see `parseLock`).
    static var parsesInParallel: Bool { extensions.parseInParallel }

    /// `parse` of a body given as its UTF-8 bytes, such as a body read again from its file.
    static func parse(bytes text: UnsafeBufferPointer<UInt8>, smart: Bool) -> MarkdownDocument {
        withParsed(text, smart: smart) { root in
            guard let root else { return MarkdownDocument(blocks: []) }
            var converter = TreeConverter(types: extensions.types)
            return converter.document(from: root)
        }
    }

    /// The text of a body's first top-level paragraph as a reader sees it, or nil when it has
    /// none: what the feed shows of a release without a summary. Only that paragraph leaves C
    /// memory, so the feed does not convert bodies it shows one paragraph of.
    static func firstParagraphText(_ text: String, smart: Bool = false) -> String? {
        var text = text
        return text.withUTF8 { bytes in
            withParsed(bytes, smart: smart) { root -> String? in
                var child = root.flatMap { cmark_node_first_child($0) }
                while let node = child {
                    if cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH {
                        var converter = TreeConverter(types: extensions.types)
                        return converter.inlines(in: node).plainText
                    }
                    child = cmark_node_next(node)
                }
                return nil
            }
        }
    }

    // cmark-gfm 0.29 keeps the inline extensions' trigger characters (':' and 'w' for autolinks)
    // in one process-wide table, switched on and off by every parser as it finishes: two parses
    // at once switch each other's autolinks off at random. Registration pins the characters on
    // (CCmarkThreads), after which parses run in parallel; only if that cannot be done do they
    // take turns behind this lock.
    private static let parseLock = NSLock()

    /// Parses `text` and gives `use` its document (nil if cmark-gfm could not start a parser).
    /// Every allocation of the parse comes from an arena (CCmarkArena) given back at once when
    /// `use` returns, so neither the parser nor the document is freed node by node, and nothing
    /// that points into cmark's memory may leave `use`.
    private static func withParsed<Result>(
        _ text: UnsafeBufferPointer<UInt8>, smart: Bool, _ use: (OpaquePointer?) -> Result
    ) -> Result {
        let memory = casebook_cmark_arena_begin().assumingMemoryBound(to: cmark_mem.self)
        defer { casebook_cmark_arena_end() }
        let options = CMARK_OPT_FOOTNOTES | (smart ? CMARK_OPT_SMART : 0)
        let extensions = self.extensions
        let parse = { () -> OpaquePointer? in
            guard let parser = cmark_parser_new_with_mem(options, memory) else { return nil }
            for pointer in extensions.pointers { _ = cmark_parser_attach_syntax_extension(parser, pointer) }
            text.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            return cmark_parser_finish(parser)
        }
        return use(extensions.parseInParallel ? parse() : parseLock.withLock(parse))
    }

    // Registration mutates cmark-gfm's global extension list and is not thread-safe; a static
    // `let` is initialised exactly once, even when the first parses happen concurrently.
    private static let extensions = RegisteredExtensions.register()
}

/// The extensions a parser attaches and the node types they were given at registration.
private struct RegisteredExtensions: @unchecked Sendable {
    // The pointers refer to cmark-gfm's global, immutable-after-registration extension objects.
    var pointers: [OpaquePointer] = []
    var types = ExtensionNodeTypes()
    /// Whether parsers may run on several threads at once.
    var parseInParallel = false

    static func register() -> RegisteredExtensions {
        cmark_gfm_core_extensions_ensure_registered()
        var registered = RegisteredExtensions()
        for name in ["table", "autolink", "strikethrough"] {
            if let pointer = cmark_find_syntax_extension(name) { registered.pointers.append(pointer) }
        }
        // The discovery parse also shows whether cmark-gfm's calls reach CCmarkThreads.
        registered.types = ExtensionNodeTypes.discover(using: registered.pointers)
        registered.parseInParallel = pinTriggerCharacters(of: registered.pointers)
        return registered
    }

    /// Switches the trigger characters on for good; true if no parser can switch them off.
    private static func pinTriggerCharacters(of pointers: [OpaquePointer]) -> Bool {
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return false }
        defer { cmark_parser_free(parser) }
        for pointer in pointers { _ = cmark_parser_attach_syntax_extension(parser, pointer) }
        return casebook_cmark_pin_trigger_characters(UnsafeMutableRawPointer(parser)) == 1
    }
}

/// Node types that the extensions allocate at registration, learned from a sample document
/// because the installed headers do not declare them.
private struct ExtensionNodeTypes {
    var table = CMARK_NODE_NONE
    var tableRow = CMARK_NODE_NONE
    var tableCell = CMARK_NODE_NONE
    var strikethrough = CMARK_NODE_NONE

    static func discover(using pointers: [OpaquePointer]) -> Self {
        var types = ExtensionNodeTypes()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else { return types }
        defer { cmark_parser_free(parser) }
        for pointer in pointers { _ = cmark_parser_attach_syntax_extension(parser, pointer) }
        let sample = "| a |\n| - |\n| b |\n\n~~c~~\n"
        cmark_parser_feed(parser, sample, sample.utf8.count)
        guard let root = cmark_parser_finish(parser) else { return types }
        defer { cmark_node_free(root) }
        guard let iterator = cmark_iter_new(root) else { return types }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator), let name = cmark_node_get_type_string(node)
            else { continue }
            let type = cmark_node_get_type(node)
            switch String(cString: name) {
            case "table": types.table = type
            case "table_row", "table_header": types.tableRow = type
            case "table_cell": types.tableCell = type
            case "strikethrough": types.strikethrough = type
            default: break
            }
        }
        return types
    }
}

/// Converts a cmark-gfm tree to `MarkdownDocument` values in one walk.
private struct TreeConverter {
    let types: ExtensionNodeTypes
    /// References seen so far per footnote number (index 0 unused).
    var referenceCounts: [Int] = [0]
    /// How many containers, blocks and inlines, enclose the node being converted.
    var depth = 0

    init(types: ExtensionNodeTypes) {
        self.types = types
    }

    mutating func document(from root: OpaquePointer) -> MarkdownDocument {
        var blocks: [MarkdownBlock] = []
        var definitions: [[MarkdownBlock]] = []
        var child = cmark_node_first_child(root)
        while let node = child {
            // cmark-gfm moves referenced definitions to the end, sorted by number, and drops the rest.
            if cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION {
                definitions.append(self.blocks(in: node))
            } else if let block = self.block(from: node) {
                blocks.append(block)
            }
            child = cmark_node_next(node)
        }
        var footnotes: [Footnote] = []
        footnotes.reserveCapacity(definitions.count)
        for (index, content) in definitions.enumerated() {
            let number = index + 1
            let count = number < referenceCounts.count ? referenceCounts[number] : 0
            footnotes.append(Footnote(number: number, referenceCount: count, blocks: content))
        }
        return MarkdownDocument(blocks: blocks, footnotes: footnotes)
    }

    mutating func blocks(in parent: OpaquePointer) -> [MarkdownBlock] {
        // `parent` is itself one level deep.
        guard depth + 1 < MarkdownParser.maximumDepth else { return flattenedBlocks(in: parent) }
        depth += 1
        defer { depth -= 1 }
        var result: [MarkdownBlock] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            if let block = block(from: node) { result.append(block) }
            child = cmark_node_next(node)
        }
        return result
    }

    mutating func block(from node: OpaquePointer) -> MarkdownBlock? {
        let line = Int(cmark_node_get_start_line(node))
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return .paragraph(inlines(in: node), line: line)
        case CMARK_NODE_HEADING:
            return .heading(level: Int(cmark_node_get_heading_level(node)), inlines(in: node), line: line)
        case CMARK_NODE_LIST:
            var items: [[MarkdownBlock]] = []
            var child = cmark_node_first_child(node)
            while let item = child {
                items.append(blocks(in: item))
                child = cmark_node_next(item)
            }
            return .list(
                ordered: cmark_node_get_list_type(node) == CMARK_ORDERED_LIST,
                start: Int(cmark_node_get_list_start(node)),
                tight: cmark_node_get_list_tight(node) != 0,
                items: items)
        case CMARK_NODE_BLOCK_QUOTE:
            return .blockQuote(blocks(in: node))
        case CMARK_NODE_CODE_BLOCK:
            return .codeBlock(info: CText.string(cmark_node_get_fence_info(node)), text: literal(of: node))
        case CMARK_NODE_THEMATIC_BREAK:
            return .thematicBreak
        case CMARK_NODE_HTML_BLOCK:
            return .html(literal(of: node), line: line)
        case types.table:
            return table(from: node)
        default:
            return nil
        }
    }

    mutating func table(from node: OpaquePointer) -> MarkdownBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [TableAlignment] = []
        alignments.reserveCapacity(columns)
        if let codes = cmark_gfm_extensions_get_table_alignments(node) {
            for column in 0..<columns {
                switch UInt8(codes[column]) {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        } else {
            alignments = Array(repeating: .none, count: columns)
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        var child = cmark_node_first_child(node)
        while let row = child {
            child = cmark_node_next(row)
            guard cmark_node_get_type(row) == types.tableRow else { continue }
            var cells: [[MarkdownInline]] = []
            cells.reserveCapacity(columns)
            var cellNode = cmark_node_first_child(row)
            while let cell = cellNode, cells.count < columns {
                cells.append(inlines(in: cell))
                cellNode = cmark_node_next(cell)
            }
            // Every row gets exactly one cell per column, so renderers need no bounds checks.
            while cells.count < columns { cells.append([]) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return .table(alignments: alignments, header: header, rows: rows)
    }

    mutating func inlines(in parent: OpaquePointer) -> [MarkdownInline] {
        guard depth + 1 < MarkdownParser.maximumDepth else { return flattenedInlines(in: parent) }
        depth += 1
        defer { depth -= 1 }
        var result: [MarkdownInline] = []
        // Room for every child at once: growing the array from empty, element by element, cost
        // more than counting the children in C.
        var children = 0
        var counted = cmark_node_first_child(parent)
        while let node = counted {
            children += 1
            counted = cmark_node_next(node)
        }
        result.reserveCapacity(children)
        // Adjacent text nodes (cmark splits text at `[`, `!` and the like) become one `.text`,
        // their bytes gathered first so that the run becomes one string.
        var pendingText: [UInt8] = []
        var child = cmark_node_first_child(parent)
        while let node = child {
            child = cmark_node_next(node)
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_TEXT {
                if pendingText.isEmpty, child.map({ cmark_node_get_type($0) != CMARK_NODE_TEXT }) ?? true {
                    // A run of one node, the most common, goes straight to a string.
                    result.appendText(CText.string(cmark_node_get_literal(node)))
                } else {
                    CText.append(cmark_node_get_literal(node), to: &pendingText)
                }
                continue
            }
            result.appendText(gathered: &pendingText)
            if let inline = inline(from: node, type: type) { result.append(inline) }
        }
        result.appendText(gathered: &pendingText)
        return result
    }

    mutating func inline(from node: OpaquePointer, type: cmark_node_type) -> MarkdownInline? {
        switch type {
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_CODE: return .code(literal(of: node))
        case CMARK_NODE_HTML_INLINE: return .html(literal(of: node))
        case CMARK_NODE_EMPH: return .emphasis(inlines(in: node))
        case CMARK_NODE_STRONG: return .strong(inlines(in: node))
        case CMARK_NODE_LINK:
            let url = CText.string(cmark_node_get_url(node))
            let children = inlines(in: node)
            return .link(
                url: url, title: CText.string(cmark_node_get_title(node)),
                isAutolink: MarkdownParser.isAutolink(url: url, children: children), children)
        case CMARK_NODE_IMAGE:
            return .image(
                url: CText.string(cmark_node_get_url(node)), title: CText.string(cmark_node_get_title(node)),
                alt: inlines(in: node))
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            // cmark-gfm has replaced the label with the note's number.
            guard let number = Int(literal(of: node)), number > 0 else { return nil }
            if referenceCounts.count <= number {
                referenceCounts.append(
                    contentsOf: repeatElement(0, count: number + 1 - referenceCounts.count))
            }
            referenceCounts[number] += 1
            return .footnoteReference(number: number, occurrence: referenceCounts[number])
        case types.strikethrough:
            return .strikethrough(inlines(in: node))
        default:
            return nil
        }
    }

    /// The blocks under `parent` without the quotes and lists around them, found without recursion.
    mutating func flattenedBlocks(in parent: OpaquePointer) -> [MarkdownBlock] {
        var result: [MarkdownBlock] = []
        walk(parent) { node in
            switch cmark_node_get_type(node) {
            case CMARK_NODE_BLOCK_QUOTE, CMARK_NODE_LIST, CMARK_NODE_ITEM:
                return true
            default:
                if let block = block(from: node) { result.append(block) }
                return false
            }
        }
        return result
    }

    /// The text, breaks and footnote references under `parent` without the emphasis, links and
    /// images around them, found without recursion.
    mutating func flattenedInlines(in parent: OpaquePointer) -> [MarkdownInline] {
        var result: [MarkdownInline] = []
        var pendingText = ""
        walk(parent) { node in
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_EMPH, CMARK_NODE_STRONG, CMARK_NODE_LINK, CMARK_NODE_IMAGE, types.strikethrough:
                return true
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                pendingText += literal(of: node)
            default:
                if !pendingText.isEmpty {
                    result.append(.text(pendingText))
                    pendingText = ""
                }
                if let inline = inline(from: node, type: type) { result.append(inline) }
            }
            return false
        }
        if !pendingText.isEmpty { result.append(.text(pendingText)) }
        return result
    }

    /// Calls `visit` on every node under `parent` in document order, with cmark-gfm's iterator
    /// rather than recursion; `visit` says whether to go into the node's children.
    func walk(_ parent: OpaquePointer, _ visit: (OpaquePointer) -> Bool) {
        guard let iterator = cmark_iter_new(parent) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != parent else {
                continue
            }
            if !visit(node) { cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT) }
        }
    }

    func literal(of node: OpaquePointer) -> String {
        CText.string(cmark_node_get_literal(node))
    }
}
