// samples/maven-hello: each executable the plugin wrote must print what the JVM prints for the classes
// maven-compiler-plugin wrote in the same build (the JVM is the oracle) and exit as it does; it must have
// been deployed; the later builds must say "up to date" only when nothing changed, and skip when told.
def run(List cmd) {
    def p = cmd.execute()
    def out = new StringBuffer(), err = new StringBuffer()
    p.waitForProcessOutput(out, err)
    return [out.toString(), p.exitValue()]
}

def exe = new File(basedir, 'target/ostoo/maven-hello')       // builds 1 and 2
def small = new File(basedir, 'small/hello')                  // build 3: -Os, outputFile
def libc = new File(basedir, 'libc/hello')                    // build 5: the libc tier
for (e in [exe, small, libc]) {
    assert e.isFile() && e.canExecute() : "no executable at $e"
    for (args in [[], ['Ada']]) {
        def (nativeOut, nativeExit) = run([e.path] + args)
        def (jvmOut, jvmExit) = run(['java', '-cp', new File(basedir, 'target/classes').path, 'com.example.hello.Hello'] + args)
        assert !jvmOut.isEmpty()
        assert nativeOut == jvmOut
        assert nativeExit == jvmExit
    }
}
assert small.length() < exe.length() : '-Os packs functions without padding'

def deployed = new File(basedir, 'user/maven-hello')
assert deployed.isFile() && deployed.canExecute() && deployed.bytes == exe.bytes : 'not deployed to user/'

def log = new File(basedir, 'build.log').text
assert log.contains('ostooc: deployed user/maven-hello (in the guest: /host/maven-hello)')
def compiled = log.findAll(/ostooc: compiled src\/main\/java into \S+ \([\d,]+ bytes, -O\w\)/)
assert compiled == ['ostooc: compiled src/main/java into target/ostoo/maven-hello (' + String.format('%,d', exe.length()) + ' bytes, -O1)',
                    'ostooc: compiled src/main/java into small/hello (' + String.format('%,d', small.length()) + ' bytes, -Os)',
                    'ostooc: compiled src/main/java into libc/hello (' + String.format('%,d', libc.length()) + ' bytes, -O1)'] : log
assert libc.length() > exe.length() : 'the libc tier links musl in'
assert log.findAll(/ostooc: target\/ostoo\/maven-hello is up to date/).size() == 1 : log
assert log.findAll(/ostooc: skipped/).size() == 1 : log
return true
