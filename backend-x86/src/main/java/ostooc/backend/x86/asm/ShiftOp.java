package ostooc.backend.x86.asm;

/** Shifts and rotates; the ordinal is the /digit of the 0xC0/0xC1/0xD0-0xD3 group. /6 is an undocumented alias of SHL. */
public enum ShiftOp {
    ROL, ROR, RCL, RCR, SHL, SHR, SAL_UNUSED, SAR
}
