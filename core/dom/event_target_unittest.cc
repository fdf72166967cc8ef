// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/event_target.h"

#include <functional>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/dom/abort_signal.h"
#include "idl/dom/add_event_listener_options.h"
#include "idl/dom/event_listener_options.h"

namespace mediacapture {
namespace {

// A listener that records calls, without JS.
class RecordingListener : public EventListener {
 public:
  RecordingListener(std::vector<std::string>* log, std::string name)
      : log_(log), name_(std::move(name)) {}
  void Invoke(Event* event) override {
    log_->push_back(name_ + ":" + event->type());
    if (action)
      action(event);
  }
  bool Matches(const EventListener& other) const override {
    return &other == this;
  }
  std::function<void(Event*)> action;

 private:
  std::vector<std::string>* log_;
  std::string name_;
};

AddEventListenerOptions Options(bool capture, bool once, bool passive) {
  AddEventListenerOptions options;
  options.capture = capture;
  options.once = once;
  options.passive = passive;
  return options;
}

TEST_CASE("capture listeners run before the others, each in added order") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  auto b = MakeRefCounted<RecordingListener>(&log, "b");
  auto c = MakeRefCounted<RecordingListener>(&log, "c");
  target->AddEventListener("x", a.get(), false);
  target->AddEventListener("x", b.get(), true);
  target->AddEventListener("x", c.get(), false);
  target->DispatchEvent(Event::CreateTrusted("x").get());
  CHECK(log == std::vector<std::string>{"b:x", "a:x", "c:x"});
}

TEST_CASE("adding the same listener twice registers it once") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  target->AddEventListener("x", a.get(), false);
  target->AddEventListener("x", a.get(), Options(false, true, true));
  target->DispatchEvent(Event::CreateTrusted("x").get());
  target->DispatchEvent(Event::CreateTrusted("x").get());
  // The first registration (not once) wins.
  CHECK(log.size() == 2);
}

TEST_CASE("a once listener runs a single time") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  target->AddEventListener("x", a.get(), Options(false, true, false));
  target->DispatchEvent(Event::CreateTrusted("x").get());
  target->DispatchEvent(Event::CreateTrusted("x").get());
  CHECK(log == std::vector<std::string>{"a:x"});
  CHECK_FALSE(target->HasEventListeners("x"));
}

TEST_CASE("a passive listener cannot cancel the event") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  a->action = [](Event* e) { e->PreventDefault(); };
  target->AddEventListener("x", a.get(), Options(false, false, true));
  EventInit init;
  init.cancelable = true;
  auto event = Event::Create("x", init);
  CHECK(target->DispatchEvent(event.get()));
  CHECK_FALSE(event->default_prevented());
}

TEST_CASE("a non-passive listener cancels a cancelable event") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  a->action = [](Event* e) { e->PreventDefault(); };
  target->AddEventListener("x", a.get(), false);
  EventInit init;
  init.cancelable = true;
  auto event = Event::Create("x", init);
  CHECK_FALSE(target->DispatchEvent(event.get()));
  CHECK(event->default_prevented());
}

TEST_CASE("stopImmediatePropagation skips the remaining listeners") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  auto b = MakeRefCounted<RecordingListener>(&log, "b");
  a->action = [](Event* e) { e->StopImmediatePropagation(); };
  target->AddEventListener("x", a.get(), false);
  target->AddEventListener("x", b.get(), false);
  target->DispatchEvent(Event::CreateTrusted("x").get());
  CHECK(log == std::vector<std::string>{"a:x"});
}

TEST_CASE("a listener removed during dispatch does not run") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  auto b = MakeRefCounted<RecordingListener>(&log, "b");
  a->action = [&](Event*) { target->RemoveEventListener("x", b.get(), false); };
  target->AddEventListener("x", a.get(), false);
  target->AddEventListener("x", b.get(), false);
  target->DispatchEvent(Event::CreateTrusted("x").get());
  CHECK(log == std::vector<std::string>{"a:x"});
}

TEST_CASE("removal matches on capture") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  target->AddEventListener("x", a.get(), true);
  target->RemoveEventListener("x", a.get(), false);
  CHECK(target->HasEventListeners("x"));
  EventListenerOptions capture;
  capture.capture = true;
  target->RemoveEventListener("x", a.get(), capture);
  CHECK_FALSE(target->HasEventListeners("x"));
}

TEST_CASE("an event handler keeps its first position when replaced") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto h1 = MakeRefCounted<RecordingListener>(&log, "h1");
  auto h2 = MakeRefCounted<RecordingListener>(&log, "h2");
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  target->SetAttributeEventListener("x", h1);
  target->AddEventListener("x", a.get(), false);
  target->SetAttributeEventListener("x", h2);
  target->DispatchEvent(Event::CreateTrusted("x").get());
  CHECK(log == std::vector<std::string>{"h2:x", "a:x"});
  CHECK(target->GetAttributeEventListener("x") == h2.get());
  target->SetAttributeEventListener("x", nullptr);
  CHECK(target->GetAttributeEventListener("x") == nullptr);
}

TEST_CASE("dispatch sets target and phase only while dispatching") {
  std::vector<std::string> log;
  auto target = EventTarget::Create();
  auto a = MakeRefCounted<RecordingListener>(&log, "a");
  uint16_t phase = 0;
  EventTarget* current = nullptr;
  a->action = [&](Event* e) {
    phase = e->event_phase();
    current = e->current_target();
  };
  target->AddEventListener("x", a.get(), false);
  auto event = Event::CreateTrusted("x");
  target->DispatchEvent(event.get());
  CHECK(phase == Event::kAtTarget);
  CHECK(current == target.get());
  CHECK(event->event_phase() == Event::kNone);
  CHECK(event->current_target() == nullptr);
  CHECK(event->target() == target.get());
}

}  // namespace
}  // namespace mediacapture
