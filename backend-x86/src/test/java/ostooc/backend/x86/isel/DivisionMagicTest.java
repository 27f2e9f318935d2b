package ostooc.backend.x86.isel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Magic numbers against the tables of Hacker's Delight (2nd ed., Tables 10-1 and 10-2). */
class DivisionMagicTest {
    @Test
    void thirtyTwoBit() {
        assertEquals(new DivisionMagic(0x55555556L, 0), DivisionMagic.of(3, 32));
        assertEquals(new DivisionMagic((int) 0x92492493L, 2), DivisionMagic.of(7, 32));
        assertEquals(new DivisionMagic(0x66666667L, 2), DivisionMagic.of(10, 32));
        assertEquals(new DivisionMagic((int) 0x99999999L, 1), DivisionMagic.of(-5, 32));
        assertEquals(new DivisionMagic(0x6DB6DB6DL, 2), DivisionMagic.of(-7, 32));
    }

    @Test
    void sixtyFourBit() {
        assertEquals(new DivisionMagic(0x5555555555555556L, 0), DivisionMagic.of(3, 64));
        assertEquals(new DivisionMagic(0x4924924924924925L, 1), DivisionMagic.of(7, 64));
        assertEquals(new DivisionMagic(0x6666666666666667L, 2), DivisionMagic.of(10, 64));
    }
}
