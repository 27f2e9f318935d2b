package ostooc.backend.x86.asm;

/**
 * One decoded instruction: where it starts in its code, its bytes, its text in Intel syntax as
 * {@code objdump -d -M intel} prints it (mnemonic, one space, operands separated by commas), and the
 * relocation that patches it, if any (then the text names the symbol: {@code call Foo.bar()V}, or a
 * {@code # symbol} comment after a relocated memory operand).
 */
public record Decoded(int offset, byte[] bytes, String text, Reloc reloc) {
    /** The bytes as objdump shows them: two hex digits each, separated by spaces. */
    public String hexBytes() {
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) sb.append(sb.length() == 0 ? "" : " ").append(String.format("%02x", b & 0xff));
        return sb.toString();
    }
}
