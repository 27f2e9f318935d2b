// javac, run by maven-compiler-plugin with ostooc-processor on its processor path, rejects what ostooc
// rejects (a JDK class not in its library yet), at its line and column, in maven-compiler-plugin's own format.
def log = new File(basedir, 'build.log').text
def file = new File(basedir, 'src/main/java/demo/Counter.java').path
assert log.contains("[ERROR] ${file}:[7,9] unsupported: java.util.Scanner (not in ostooc's library yet)") : log
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/classes/demo/Counter.class').exists()
return true
