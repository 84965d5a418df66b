class Run {
    var name: String?
}
let run = Run()
run.name = "baseline"
print(run.name.count)
