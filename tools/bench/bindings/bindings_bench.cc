// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Generated bindings against hand-written V8 FunctionTemplates doing the
// same work (the floor): an attribute getter, a method returning a
// dictionary (getSettings-like) and a method taking a dictionary with
// unions (applyConstraints-like). Each benchmark runs a JS loop of 1000
// calls; the figures are calls per second. The target: generated ≤ 1.3×
// the hand-written time.

#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>
#include <v8.h>

#include "bindings/v8_bench_target.h"
#include "mediacapture/context.h"
#include "mediacapture/environment.h"
#include "tools/bench/bindings/bench_target.h"
#include "tools/bench/bindings/hand_written.h"

namespace mediacapture {
namespace {

constexpr int kCallsPerIteration = 1000;

struct Fixture {
  std::unique_ptr<Environment> environment;
  v8::Isolate* isolate = nullptr;
  v8::Global<v8::Context> context;
};

Fixture& GetFixture() {
  static Fixture* fixture = [] {
    auto* f = new Fixture;
    std::string error;
    f->environment = Environment::Create(Environment::Options(), &error);
    f->isolate = f->environment->NewIsolate();
    v8::Isolate::Scope isolate_scope(f->isolate);
    v8::HandleScope handle_scope(f->isolate);
    v8::Local<v8::Context> context = v8::Context::New(f->isolate);
    v8::Context::Scope context_scope(context);
    InstallInterfaces(context);
    bench::InstallHandWritten(context);
    f->context.Reset(f->isolate, context);
    return f;
  }();
  return *fixture;
}

v8::Local<v8::Value> Run(v8::Local<v8::Context> context, const char* source) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Script> script =
      v8::Script::Compile(
          context, v8::String::NewFromUtf8(isolate, source).ToLocalChecked())
          .ToLocalChecked();
  return script->Run(context).ToLocalChecked();
}

// Runs |loop| (a JS function of one argument looping 1000 times) on an
// object made by |make|.
void RunLoop(benchmark::State& state, const char* make, const char* loop) {
  Fixture& f = GetFixture();
  v8::Isolate::Scope isolate_scope(f.isolate);
  v8::HandleScope handle_scope(f.isolate);
  v8::Local<v8::Context> context = f.context.Get(f.isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> target = Run(context, make);
  v8::Local<v8::Function> function = Run(context, loop).As<v8::Function>();
  for (auto _ : state) {
    v8::HandleScope iteration_scope(f.isolate);
    v8::Local<v8::Value> result =
        function->Call(context, context->Global(), 1, &target).ToLocalChecked();
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations() * kCallsPerIteration);
}

constexpr char kGetterLoop[] =
    "(o => { let s = 0; for (let i = 0; i < 1000; ++i) s += o.width;"
    " return s; })";
constexpr char kGetSettingsLoop[] =
    "(o => { let s = 0; for (let i = 0; i < 1000; ++i)"
    " s += o.getSettings().height; return s; })";
constexpr char kTakeConstraintsLoop[] =
    "(o => { let s = 0; const c = { width: 1280, height: { min: 720 },"
    " frameRate: { ideal: 30 }, deviceId: 'abc' };"
    " for (let i = 0; i < 1000; ++i) s += o.takeConstraints(c); return s; })";

void BM_Getter_Generated(benchmark::State& state) {
  RunLoop(state, "new BenchTarget()", kGetterLoop);
}
void BM_Getter_HandWritten(benchmark::State& state) {
  RunLoop(state, "new HandTarget()", kGetterLoop);
}
void BM_GetSettings_Generated(benchmark::State& state) {
  RunLoop(state, "new BenchTarget()", kGetSettingsLoop);
}
void BM_GetSettings_HandWritten(benchmark::State& state) {
  RunLoop(state, "new HandTarget()", kGetSettingsLoop);
}
void BM_TakeConstraints_Generated(benchmark::State& state) {
  RunLoop(state, "new BenchTarget()", kTakeConstraintsLoop);
}
void BM_TakeConstraints_HandWritten(benchmark::State& state) {
  RunLoop(state, "new HandTarget()", kTakeConstraintsLoop);
}

BENCHMARK(BM_Getter_Generated);
BENCHMARK(BM_Getter_HandWritten);
BENCHMARK(BM_GetSettings_Generated);
BENCHMARK(BM_GetSettings_HandWritten);
BENCHMARK(BM_TakeConstraints_Generated);
BENCHMARK(BM_TakeConstraints_HandWritten);

// Prints Google Benchmark's table, then one ratio line per pair.
class RatioReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      if (run.run_type != Run::RT_Iteration)
        continue;
      times_[run.benchmark_name()] =
          run.GetAdjustedCPUTime() / kCallsPerIteration;
    }
  }
  void PrintRatios() const {
    printf("\n%-18s %14s %14s %8s\n", "operation", "generated/s",
           "hand-written/s", "ratio");
    for (const char* name : {"Getter", "GetSettings", "TakeConstraints"}) {
      auto generated = times_.find(std::string("BM_") + name + "_Generated");
      auto hand = times_.find(std::string("BM_") + name + "_HandWritten");
      if (generated == times_.end() || hand == times_.end())
        continue;
      // CPU times per call, in the benchmark's unit (ns by default): on a
      // shared machine wall time mostly measures the other processes.
      printf("%-18s %14.0f %14.0f %7.2fx\n", name, 1e9 / generated->second,
             1e9 / hand->second, generated->second / hand->second);
    }
    printf("(CPU time per call: generated / hand-written; target <= 1.30)\n");
  }

 private:
  std::map<std::string, double> times_;
};

}  // namespace
}  // namespace mediacapture

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  mediacapture::RatioReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintRatios();
  benchmark::Shutdown();
  return 0;
}
