// A compile error fails the build with ostooc's javac-style messages in Maven's log, and no executable.
def log = new File(basedir, 'build.log').text
def bad = new File(basedir, 'src/main/java/Bad.java').path
assert log.contains("[ERROR] ${bad}:4:17: error: incompatible types: possible lossy conversion from long to int\n        int x = big;\n                ^") : log
assert log.contains("[ERROR] ${bad}:5:") && log.contains('error: unsupported: generics') : log
assert log.contains('ostooc: 2 errors in') : log
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/ostoo/compile-error').exists()
return true
