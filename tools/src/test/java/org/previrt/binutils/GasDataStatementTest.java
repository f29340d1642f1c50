package org.previrt.binutils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.previrt.binutils.tool.Tools;

/**
 * {@code as -mprevirt} makes a site of a data statement in a code section whose bytes are exactly one
 * sensitive instruction (Linux writes clac, stac, monitor and mwait as {@code .byte}): the object is the
 * one the instruction itself gives, padding before the next statement's label included. Anything else
 * written as data stays as stock as writes it.
 */
@Tag("binutils")
class GasDataStatementTest {
    @TempDir
    static Path tmp;
    static SharedBuild.Built built;
    private static int n;

    @BeforeAll
    static void build() throws Exception {
        built = SharedBuild.get();
    }

    private static ElfObject assemble(Path as, String source, String... flags) throws Exception {
        Path s = tmp.resolve("d" + n + ".s");
        Path o = tmp.resolve("d" + n + ".o");
        n++;
        Files.writeString(s, source);
        List<String> argv = new java.util.ArrayList<>(List.of(as.toString(), "--32"));
        argv.addAll(List.of(flags));
        argv.addAll(List.of(s.toString(), "-o", o.toString()));
        Tools.run(argv, null, l -> { });
        return new ElfObject(o);
    }

    /** The statement's text, then a label, a jump back to it and one more instruction. */
    private static String around(String statement) {
        return "\t.text\n\tnop\n" + statement + "\n1:\tnop\n\tjmp 1b\n\tcli\n";
    }

    @Test
    void oneSensitiveInstructionWrittenAsBytesIsTheSameSite() throws Exception {
        String[][] pairs = {
            {"\tclac", "\t.byte 0x0f,0x01,0xca"},
            {"\tstac", "\t.byte 0x0f, 0x01, 0xcb"},
            {"\tmonitor %eax,%ecx,%edx", "\t.byte 0x0f,0x01,0xc8"},
            {"\tmwait %eax,%ecx", "\t.byte 0x0f,0x01,0xc9"},
            {"\tint $0x80", "\t.byte 0xcd,0x80"},
            {"\tsti", "\t.byte 0xfb"},                       // interrupt shadow: padding in front
            {"\tljmp $0x10,$0x1000", "\t.byte 0xea; .long 0x1000; .word 0x10"},
        };
        for (String[] p : pairs) {
            ElfObject insn = assemble(built.as(), around(p[0]), "-mprevirt=typed");
            ElfObject data = assemble(built.as(), around(p[1]), "-mprevirt=typed");
            if (p[1].contains(";")) {
                // three statements are no one instruction: only the cli after them is a site
                assertEquals(1, data.typedSites().size(), p[1]);
                continue;
            }
            assertEquals(2, insn.typedSites().size(), p[0]);
            assertEquals(List.of(), GasVectorEqualityTest.identical(insn, data), p[0] + " vs " + p[1]);
        }
    }

    @Test
    void aDataStatementAtTheEndOfTheInputIsASiteToo() throws Exception {
        ElfObject insn = assemble(built.as(), "\t.text\n\tcli\n", "-mprevirt=typed");
        ElfObject data = assemble(built.as(), "\t.text\n\t.byte 0xfa\n", "-mprevirt=typed");
        assertEquals(List.of(), GasVectorEqualityTest.identical(insn, data));
    }

    @Test
    void otherDataStaysAsStockAsWritesIt() throws Exception {
        for (String statement : List.of(
                "\t.byte 0x0f,0x01\n\t.byte 0xca",      // split over two statements
                "\t.byte 0xfa,0x90",                    // cli and a nop: two instructions
                "\t.byte 0xcc",                         // int3 is not a site
                "\t.long 0xfa",                         // four bytes, not one cli
                "\t.pushsection .rodata\n\t.byte 0xfa\n\t.popsection")) { // not code
            String src = around(statement).replace("\tcli\n", "");
            ElfObject stock = assemble(Tools.which("as"), src);
            ElfObject patched = assemble(built.as(), src, "-mprevirt=typed");
            assertTrue(!patched.sections.containsKey(".afterburn"), statement);
            assertEquals(List.of(), GasVectorEqualityTest.identical(stock, patched), statement);
        }
    }
}
