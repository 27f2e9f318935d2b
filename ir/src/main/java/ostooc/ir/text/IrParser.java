package ostooc.ir.text;

import ostooc.ir.Block;
import ostooc.ir.Cond;
import ostooc.ir.DataItem;
import ostooc.ir.Function;
import ostooc.ir.Instr;
import ostooc.ir.MemKind;
import ostooc.ir.Module;
import ostooc.ir.Op;
import ostooc.ir.Type;
import ostooc.ir.text.Lexer.Kind;
import ostooc.ir.text.Lexer.Token;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads the text form written by {@link ostooc.ir.IrPrinter}, keeping value and block ids, so that
 * print → parse → print is the identity. The parser checks syntax only; whether the IR is well formed
 * (types, dominance, terminators) is the {@link ostooc.ir.verify.Verifier}'s job, so broken IR can be
 * written down in verifier tests. Grammar (one item per line; {@code ;} starts a comment):
 * <pre>
 * module   = [ "entry" symbol ] { data | func }
 * data     = "data" symbol ("rodata"|"data"|"bss") "align" int ( hex | "size" int ) { "reloc" int symbol ("+" int | -int) }
 * func     = "func" symbol "(" [ type { "," type } ] ")" type { "export"|"naked"|"noreturn" } "{" { block } "}"
 * block    = label ":" { instr }
 * instr    = [ value ":" type "=" ] opcode [ "." memkind ] [ attribute ] operands
 * operands = call "(" values ")" | phi "[" label value "]" {...} | load value "," int | store value "," int "," value
 *          | values-then-labels
 * </pre>
 */
public final class IrParser {
    private final List<Token> tokens;
    private int pos;

    private IrParser(String text) { this.tokens = Lexer.tokenize(text); }

    public static Module parse(String text) {
        return new IrParser(text).module();
    }

    // module = [ "entry" symbol ] { data | func }
    private Module module() {
        Module m = new Module();
        skipNewlines();
        if (peek().is("entry")) { next(); m.entrySymbol = expect(Kind.SYMBOL, "entry symbol").text(); endOfLine(); }
        for (skipNewlines(); peek().kind() != Kind.EOF; skipNewlines()) {
            Token t = peek();
            try {
                if (t.is("data")) m.add(data());
                else if (t.is("func")) m.add(function());
                else throw error(t, "expected 'data' or 'func', found " + t.describe());
            } catch (IllegalArgumentException e) {
                throw error(t, e.getMessage());
            }
        }
        return m;
    }

    // data = "data" symbol kind "align" int ( hex | "size" int ) { "reloc" int symbol addend }
    private DataItem data() {
        expectWord("data");
        String name = expect(Kind.SYMBOL, "data symbol").text();
        Token kindTok = expect(Kind.WORD, "data kind");
        DataItem.Kind kind = switch (kindTok.text()) {
            case "rodata" -> DataItem.Kind.RODATA;
            case "data" -> DataItem.Kind.DATA;
            case "bss" -> DataItem.Kind.BSS;
            default -> throw error(kindTok, "unknown data kind '" + kindTok.text() + "' (rodata, data, bss)");
        };
        expectWord("align");
        int align = (int) integer();
        byte[] bytes;
        if (kind == DataItem.Kind.BSS) { expectWord("size"); bytes = new byte[(int) integer()]; }
        else {
            Token hex = expect(Kind.HEX, "x\"...\" contents");
            try { bytes = HexFormat.of().parseHex(hex.text()); }
            catch (IllegalArgumentException e) { throw error(hex, "bad hex contents: " + e.getMessage()); }
        }
        DataItem d = new DataItem(name, kind, align, bytes);
        while (peek().is("reloc")) {
            next();
            int offset = (int) integer();
            String sym = expect(Kind.SYMBOL, "relocation symbol").text();
            if (peek().is("+")) next();
            d.relocs().add(new DataItem.Reloc(offset, sym, integer()));
        }
        endOfLine();
        return d;
    }

    // func = "func" symbol "(" [ type { "," type } ] ")" type { flag } "{" { block } "}"
    private Function function() {
        expectWord("func");
        String name = expect(Kind.SYMBOL, "function symbol").text();
        expectPunct("(");
        List<Type> params = new ArrayList<>();
        while (!peek().is(")")) {
            if (!params.isEmpty()) expectPunct(",");
            params.add(type());
        }
        expectPunct(")");
        Function f = new Function(name, params, type());
        while (peek().kind() == Kind.WORD) {
            Token flag = next();
            switch (flag.text()) {
                case "export" -> f.exported = true;
                case "naked" -> f.naked = true;
                case "noreturn" -> f.noreturn = true;
                default -> throw error(flag, "unknown function flag '" + flag.text() + "' (export, naked, noreturn)");
            }
        }
        expectPunct("{");
        endOfLine();
        FunctionBody body = new FunctionBody(f);
        for (skipNewlines(); !peek().is("}"); skipNewlines()) {
            if (peek().kind() == Kind.EOF) throw error(peek(), "missing '}' at the end of function @" + name);
            if (peek().kind() == Kind.WORD && peek().text().matches("b\\d+") && peek(1).is(":")) {
                Token label = next();
                next();
                body.startBlock(label, blockId(label));
                endOfLine();
            } else {
                instruction(body);
            }
        }
        next();
        endOfLine();
        body.resolve();
        return f;
    }

    // instr = [ value ":" type "=" ] opcode [ "." memkind ] [ attribute ] operands
    private void instruction(FunctionBody body) {
        Token start = peek();
        Token def = null;
        Type type = Type.VOID;
        if (start.kind() == Kind.VALUE) {
            def = next();
            expectPunct(":");
            Token typeTok = peek();
            type = type();
            if (type == Type.VOID) throw error(typeTok, "a value cannot have type void");
            expectPunct("=");
        }
        Token opTok = expect(Kind.WORD, "an opcode");
        String[] parts = opTok.text().split("\\.", 2);
        Op op;
        try { op = Op.parse(parts[0]); } catch (IllegalArgumentException e) { throw error(opTok, e.getMessage()); }
        if ((op.attr() == Op.Attr.MEM) != (parts.length == 2))
            throw error(opTok, op.attr() == Op.Attr.MEM ? op.text() + " needs a memory kind, e.g. " + op.text() + ".i32"
                                                        : "unexpected '." + parts[1] + "' after " + op.text());
        Instr i = new Instr(op, type, List.of());
        if (parts.length == 2) {
            try { i.mem = MemKind.parse(parts[1]); } catch (IllegalArgumentException e) { throw error(opTok, e.getMessage()); }
        }
        attribute(i);
        operands(i, body);
        endOfLine();
        body.add(start, i, def == null ? -1 : valueId(def));
    }

    private void attribute(Instr i) {
        switch (i.op().attr()) {
            case IMM -> i.imm = integer();
            case SYMBOL -> i.symbol = expect(Kind.SYMBOL, "a symbol").text();
            case TEXT -> i.text = expect(Kind.STRING, "a quoted string").text();
            case COND -> {
                Token c = expect(Kind.WORD, "a condition");
                try { i.cond = Cond.parse(c.text()); } catch (IllegalArgumentException e) { throw error(c, e.getMessage()); }
            }
            default -> { }
        }
    }

    private void operands(Instr i, FunctionBody body) {
        switch (i.op()) {
            case CALL, CALLI -> {
                int first = 0;
                if (i.op() == Op.CALLI) { useNext(i, body); first = 1; }
                expectPunct("(");
                while (!peek().is(")")) {
                    if (i.inputs().size() > first) expectPunct(",");
                    body.use(i, i.inputs().size(), expect(Kind.VALUE, "a value"));
                    i.inputs().add(null);
                }
                next();
            }
            case PHI -> {
                if (atEndOfLine()) return;
                do {
                    expectPunct("[");
                    Token label = expect(Kind.WORD, "a block label");
                    Token value = expect(Kind.VALUE, "a value");
                    expectPunct("]");
                    body.phiIncoming(i, blockId(label), label, value);
                } while (acceptPunct(","));
            }
            case LOAD -> { useNext(i, body); expectPunct(","); i.imm = integer(); i.invariant = peek().is("invariant") && next() != null; }
            case STORE -> { useNext(i, body); expectPunct(","); i.imm = integer(); expectPunct(","); useNext(i, body); }
            default -> valuesThenLabels(i, body);
        }
    }

    // values-then-labels = [ operand { "," operand } ], every value before every label
    private void valuesThenLabels(Instr i, FunctionBody body) {
        if (atEndOfLine()) return;
        do {
            Token t = next();
            if (t.kind() == Kind.VALUE && i.targets.isEmpty()) { body.use(i, i.inputs().size(), t); i.inputs().add(null); }
            else if (t.kind() == Kind.WORD && t.text().matches("b\\d+") && i.op().attr() == Op.Attr.TARGETS) {
                body.target(i, blockId(t), t);
                i.targets.add(null);
            } else throw error(t, "unexpected " + t.describe() + " in operands of " + i.op().text());
        } while (acceptPunct(","));
    }

    private void useNext(Instr i, FunctionBody body) {
        body.use(i, i.inputs().size(), expect(Kind.VALUE, "a value"));
        i.inputs().add(null);
    }

    // ---- tokens ----

    private Token peek() { return tokens.get(pos); }
    private Token peek(int ahead) { return tokens.get(Math.min(pos + ahead, tokens.size() - 1)); }
    private Token next() { Token t = tokens.get(pos); if (t.kind() != Kind.EOF) pos++; return t; }
    private boolean atEndOfLine() { return peek().kind() == Kind.NEWLINE || peek().kind() == Kind.EOF; }
    private void skipNewlines() { while (peek().kind() == Kind.NEWLINE) pos++; }

    private void endOfLine() {
        if (!atEndOfLine()) throw error(peek(), "expected end of line, found " + peek().describe());
        next();
    }

    private boolean acceptPunct(String p) {
        if (!peek().is(p) || peek().kind() != Kind.PUNCT) return false;
        next();
        return true;
    }

    private Token expect(Kind kind, String what) {
        Token t = peek();
        if (t.kind() != kind) throw error(t, "expected " + what + ", found " + t.describe());
        return next();
    }

    private void expectPunct(String p) {
        if (!acceptPunct(p)) throw error(peek(), "expected '" + p + "', found " + peek().describe());
    }

    private void expectWord(String w) {
        if (!peek().is(w)) throw error(peek(), "expected '" + w + "', found " + peek().describe());
        next();
    }

    private Type type() {
        Token t = expect(Kind.WORD, "a type");
        try { return Type.parse(t.text()); } catch (IllegalArgumentException e) { throw error(t, e.getMessage()); }
    }

    private long integer() {
        Token t = expect(Kind.NUMBER, "an integer");
        try { return Long.parseLong(t.text()); } catch (NumberFormatException e) { throw error(t, "bad integer '" + t.text() + "'"); }
    }

    private static int valueId(Token t) {
        try { return Integer.parseInt(t.text()); } catch (NumberFormatException e) { throw error(t, "value id too large"); }
    }

    private static int blockId(Token t) {
        try { return Integer.parseInt(t.text().substring(1)); } catch (NumberFormatException e) { throw error(t, "block id too large"); }
    }

    static IrParseException error(Token t, String message) {
        return new IrParseException(t.line(), t.column(), message);
    }
}
