package ostooc.backend.x86.lir;

/**
 * What an instruction does with an operand location. With positions 2i (read) and 2i+1 (write) for
 * instruction i: USE occupies 2i, DEF starts at 2i+1, TEMP occupies both (it may be written before the
 * uses are read, so it must differ from every use and def). A read-modify-write operand is listed
 * twice, once as USE and once as DEF.
 */
public enum Role { USE, DEF, TEMP }
