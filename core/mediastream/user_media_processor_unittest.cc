// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/user_media_processor.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "tools/testing/fake_task_runner.h"

namespace mediacapture {
namespace {

constexpr char kOrigin[] = "https://a.example";

// A device that starts unless told it is busy, and counts its opens.
class StubDevice : public CaptureDevice {
 public:
  explicit StubDevice(bool* running) : running_(running) {}
  Status StartVideo(const VideoCaptureParams&, CaptureDeviceClient*) override {
    *running_ = true;
    return Status::Ok();
  }
  Status StartAudio(const AudioCaptureParams&, CaptureDeviceClient*) override {
    *running_ = true;
    return Status::Ok();
  }
  void Stop() override { *running_ = false; }

 private:
  bool* running_;
};

class StubFactory : public DeviceFactory {
 public:
  std::vector<DeviceDescriptor> Enumerate() override {
    ++enumerations;
    return devices;
  }
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                      Status* status) override {
    ++opens;
    if (busy.count(raw_id)) {
      *status = Status::Error(ErrorCategory::kBusy, 1, "device busy");
      return nullptr;
    }
    return std::make_unique<StubDevice>(&running[raw_id]);
  }
  std::vector<DeviceDescriptor> devices;
  std::set<std::string> busy;
  std::map<std::string, bool> running;
  int opens = 0;
  int enumerations = 0;
};

class AnswerDelegate : public PermissionDelegate {
 public:
  void RequestPermission(const PermissionRequest&,
                         DecisionCallback done) override {
    ++prompts;
    if (defer)
      pending = std::move(done);
    else
      done(decision);
  }
  PermissionDecision decision = PermissionDecision::kGranted;
  int prompts = 0;
  // Keeps the prompt open until the test calls |pending|.
  bool defer = false;
  DecisionCallback pending;
};

DeviceDescriptor Camera(const char* raw_id) {
  DeviceDescriptor device;
  device.kind = DeviceKind::kVideoInput;
  device.raw_id = raw_id;
  device.label = std::string("Camera ") + raw_id;
  for (auto [w, h] : {std::pair{640, 480}, std::pair{1280, 720}}) {
    VideoCaptureMode mode;
    mode.min_width = mode.max_width = w;
    mode.min_height = mode.max_height = h;
    mode.min_frame_rate = 1;
    mode.max_frame_rate = 30;
    device.video_modes.push_back(mode);
  }
  return device;
}

DeviceDescriptor Microphone(const char* raw_id) {
  DeviceDescriptor device;
  device.kind = DeviceKind::kAudioInput;
  device.raw_id = raw_id;
  device.label = std::string("Microphone ") + raw_id;
  AudioCaptureMode mode;
  mode.min_sample_rate = mode.max_sample_rate = 48000;
  mode.min_channel_count = 1;
  mode.max_channel_count = 2;
  mode.sample_size = 32;
  mode.min_latency = 0.01;
  mode.max_latency = 0.1;
  device.audio_modes.push_back(mode);
  return device;
}

// Everything one test needs, wired together.
struct Fixture {
  Fixture()
      : permissions(&delegate, &runner, nullptr),
        ids(std::vector<unsigned char>(32, 3)),
        processor({&factory}, &permissions, &ids, &runner) {
    factory.devices = {Camera("cam"), Microphone("mic")};
  }

  // Runs a request to completion; returns the tracks or sets |error|.
  std::vector<TrackSpec> Run(std::optional<MediaTrackConstraints> audio,
                             std::optional<MediaTrackConstraints> video,
                             std::optional<UserMediaError>* error) {
    UserMediaRequest request;
    request.origin = kOrigin;
    if (audio)
      request.audio = std::make_shared<const MediaTrackConstraints>(*audio);
    if (video)
      request.video = std::make_shared<const MediaTrackConstraints>(*video);
    std::vector<TrackSpec> result;
    bool called = false;
    processor.ProcessRequest(request,
                             [&](std::vector<TrackSpec> tracks,
                                 std::optional<UserMediaError> failure) {
                               called = true;
                               result = std::move(tracks);
                               *error = std::move(failure);
                             });
    runner.RunUntilIdle();
    REQUIRE(called);
    return result;
  }

  testing::FakeTaskRunner runner;
  AnswerDelegate delegate;
  PermissionController permissions;
  DeviceIdGenerator ids;
  StubFactory factory;
  UserMediaProcessor processor;
};

MediaTrackConstraints ExactWidth(uint32_t width) {
  MediaTrackConstraints constraints;
  ConstrainULongRange range;
  range.exact = width;
  constraints.width = range;
  return constraints;
}

TEST_CASE("nothing requested is a TypeError") {
  Fixture f;
  std::optional<UserMediaError> error;
  CHECK(f.Run(std::nullopt, std::nullopt, &error).empty());
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kTypeError);
  CHECK(f.delegate.prompts == 0);
}

TEST_CASE("audio and video give two tracks, audio first, after one prompt") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto tracks = f.Run(MediaTrackConstraints(), MediaTrackConstraints(), &error);
  REQUIRE_FALSE(error);
  REQUIRE(tracks.size() == 2);
  CHECK(tracks[0].kind == DeviceKind::kAudioInput);
  CHECK(tracks[0].label == "Microphone mic");
  CHECK(tracks[1].kind == DeviceKind::kVideoInput);
  CHECK(tracks[1].settings.width == 640u);  // Chromium's default size.
  CHECK(tracks[1].settings.height == 480u);
  CHECK(tracks[1].settings.device_id == tracks[1].candidate.device_id);
  CHECK(f.delegate.prompts == 1);
  CHECK(f.factory.running["cam"]);
  CHECK(f.factory.running["mic"]);
}

TEST_CASE("no device of a requested kind is NotFoundError, before a prompt") {
  Fixture f;
  f.factory.devices = {Microphone("mic")};
  std::optional<UserMediaError> error;
  f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kNotFound);
  CHECK(f.delegate.prompts == 0);
}

TEST_CASE("an impossible exact width is OverconstrainedError on width") {
  Fixture f;
  std::optional<UserMediaError> error;
  f.Run(std::nullopt, ExactWidth(4000), &error);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kOverconstrained);
  CHECK(error->constraint == "width");
  CHECK(f.delegate.prompts == 0);
}

// https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
// "If CS contains a member that is a required constraint and whose name is
// not in the list of allowed required constraints for device selection,
// then reject p with a TypeError".
TEST_CASE("a required backgroundBlur is a TypeError before a prompt") {
  for (bool value : {false, true}) {
    Fixture f;
    MediaTrackConstraints blur;
    ConstrainBooleanParameters exact;
    exact.exact = value;
    blur.background_blur = exact;
    std::optional<UserMediaError> error;
    CHECK(f.Run(std::nullopt, blur, &error).empty());
    REQUIRE(error);
    CHECK(error->code == UserMediaErrorCode::kTypeError);
    CHECK(error->message.find("backgroundBlur") != std::string::npos);
    CHECK(f.delegate.prompts == 0);
    CHECK(f.factory.opens == 0);
    // On an audio request the property is removed first.
    std::optional<UserMediaError> audio_error;
    CHECK(f.Run(blur, std::nullopt, &audio_error).size() == 1);
    CHECK_FALSE(audio_error);
  }
}

MediaTrackConstraints BareDeviceId(size_t length) {
  MediaTrackConstraints constraints;
  constraints.device_id =
      constraint_model::ConstrainDOMString(std::string(length, 'a'));
  return constraints;
}

TEST_CASE("a 501-character deviceId is OverconstrainedError naming it") {
  Fixture f;
  std::optional<UserMediaError> error;
  CHECK(f.Run(BareDeviceId(501), std::nullopt, &error).empty());
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kOverconstrained);
  CHECK(error->constraint == "deviceId");
  // Not SelectSettings' failure: no "Constraint Failure" step hides it.
  CHECK_FALSE(error->constraint_failure);
  CHECK(f.delegate.prompts == 0);
  CHECK(f.factory.enumerations == 0);

  std::optional<UserMediaError> fine;
  CHECK(f.Run(BareDeviceId(500), std::nullopt, &fine).size() == 1);
  CHECK_FALSE(fine);
}

TEST_CASE("SelectSettings' failures go through Constraint Failure") {
  Fixture f;
  std::optional<UserMediaError> error;
  f.Run(std::nullopt, ExactWidth(4000), &error);
  REQUIRE(error);
  CHECK(error->constraint_failure);
}

TEST_CASE("applyConstraints rejects an overlong string and keeps the track") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto tracks = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(tracks.size() == 1);
  MediaTrackConstraints facing;
  facing.advanced.emplace();
  facing.advanced->emplace_back();
  facing.advanced->back().facing_mode = constraint_model::ConstrainDOMString(
      std::vector<std::string>{"user", std::string(501, 'x')});
  AppliedConstraints applied;
  error = f.processor.ApplyConstraints(kOrigin, facing, tracks[0], &applied);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kOverconstrained);
  CHECK(error->constraint == "facingMode");
  CHECK_FALSE(tracks[0].constraints->advanced);
}

// Issue 18: 1e5 advanced sets (~1 KB each) were copied five times on
// their way to the track. The track shares the request's one copy.
TEST_CASE("a track shares its request's constraints instead of a copy") {
  Fixture f;
  UserMediaRequest request;
  request.origin = kOrigin;
  MediaTrackConstraints constraints;
  constraints.advanced.emplace(1000);
  request.video = std::make_shared<const MediaTrackConstraints>(constraints);
  std::vector<TrackSpec> tracks;
  f.processor.ProcessRequest(request, [&](std::vector<TrackSpec> result,
                                          std::optional<UserMediaError>) {
    tracks = std::move(result);
  });
  f.runner.RunUntilIdle();
  REQUIRE(tracks.size() == 1);
  CHECK(tracks[0].constraints == request.video);
  CHECK(tracks[0].constraints->advanced->size() == 1000);
}

TEST_CASE("a denied prompt is NotAllowedError and opens nothing") {
  Fixture f;
  f.delegate.decision = PermissionDecision::kDenied;
  std::optional<UserMediaError> error;
  f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kNotAllowed);
  CHECK(f.factory.opens == 0);
}

TEST_CASE("a busy device is NotReadableError") {
  Fixture f;
  f.factory.busy.insert("cam");
  std::optional<UserMediaError> error;
  f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kNotReadable);
  CHECK(error->message.find("device busy") != std::string::npos);
}

TEST_CASE("a second track shares the running source at its own size") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto first = f.Run(std::nullopt, ExactWidth(1280), &error);
  REQUIRE_FALSE(error);
  REQUIRE(first.size() == 1);
  CHECK(first[0].source->video_params().width == 1280);

  MediaTrackConstraints small = ExactWidth(320);
  small.resize_mode = std::string("crop-and-scale");
  auto second = f.Run(std::nullopt, small, &error);
  REQUIRE_FALSE(error);
  REQUIRE(second.size() == 1);
  CHECK(second[0].source == first[0].source);
  CHECK(f.factory.opens == 1);
  CHECK(second[0].settings.width == 320u);
  CHECK(second[0].delivery->video_settings().width == 320);

  // Downscaling from the running mode is allowed by default...
  auto third = f.Run(std::nullopt, ExactWidth(640), &error);
  REQUIRE_FALSE(error);
  CHECK(third[0].source == first[0].source);
  // ...but a native 640x480 would need the device reopened, which a shared
  // source does not do.
  MediaTrackConstraints native = ExactWidth(640);
  ConstrainDOMStringParameters none;
  none.exact = std::string("none");
  native.resize_mode = none;
  f.Run(std::nullopt, native, &error);
  REQUIRE(error);
  // The spec's "" when no single required constraint is to blame, or one
  // of the two.
  CHECK(error->code == UserMediaErrorCode::kOverconstrained);
  CHECK((error->constraint.empty() || error->constraint == "width" ||
         error->constraint == "resizeMode"));
  CHECK(f.factory.opens == 1);
}

// https://w3c.github.io/mediacapture-main/#dfn-capabilities: "the same
// underlying per-source capabilities for all tracks connected to the
// source": a track sharing a running source describes the whole device, not
// the running mode it was selected from.
TEST_CASE("a track on a running source gets the device with all its modes") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto first = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(first.size() == 1);
  auto second = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(second.size() == 1);
  REQUIRE(second[0].source == first[0].source);
  CHECK(second[0].device.video_modes.size() ==
        first[0].device.video_modes.size());
  CHECK(second[0].device.video_modes.size() > 1);
  // The candidate it was selected from had the running mode only.
  CHECK(second[0].candidate.descriptor.video_modes.size() == 1);
}

TEST_CASE("a larger exact size restarts a running camera under its tracks") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto small = f.Run(std::nullopt, ExactWidth(320), &error);
  REQUIRE_FALSE(error);
  REQUIRE(small.size() == 1);
  CHECK(small[0].settings.width == 320u);
  REQUIRE(small[0].source->video_params().width < 1280);
  auto large = f.Run(std::nullopt, ExactWidth(1280), &error);
  REQUIRE_FALSE(error);
  REQUIRE(large.size() == 1);
  CHECK(large[0].source == small[0].source);
  CHECK(large[0].source->video_params().width == 1280);
  CHECK(large[0].settings.width == 1280u);
  // The first track keeps its size, scaled down from the new mode.
  CHECK(small[0].delivery->video_settings().width == 320);
  // The restart opened the device once more.
  CHECK(f.factory.opens == 2);
}

TEST_CASE("a source nobody holds stops, and the next request opens again") {
  Fixture f;
  std::optional<UserMediaError> error;
  {
    auto tracks = f.Run(std::nullopt, MediaTrackConstraints(), &error);
    REQUIRE(tracks.size() == 1);
    CHECK(f.factory.running["cam"]);
  }
  CHECK_FALSE(f.factory.running["cam"]);
  CHECK(f.runner.pending_activities() == 0);
  auto again = f.Run(std::nullopt, ExactWidth(1280), &error);
  REQUIRE_FALSE(error);
  CHECK(f.factory.opens == 2);
  CHECK(again[0].settings.width == 1280u);
}

// A MediaStreamTrack's part in its source, for the tests that need a source
// to count its tracks.
class StubTrack : public CaptureSource::Observer {
 public:
  void OnSourceEnded() override { ended = true; }
  void OnSourceMuted(bool) override {}
  bool ended = false;
};

MediaTrackConstraints NativeWidth(uint32_t width) {
  MediaTrackConstraints constraints = ExactWidth(width);
  ConstrainDOMStringParameters none;
  none.exact = std::string("none");
  constraints.resize_mode = none;
  return constraints;
}

TEST_CASE(
    "a request enumerates the devices once before the prompt and once "
    "after it") {
  Fixture f;
  std::optional<UserMediaError> error;
  f.Run(MediaTrackConstraints(), MediaTrackConstraints(), &error);
  REQUIRE_FALSE(error);
  CHECK(f.factory.enumerations == 2);
}

TEST_CASE("a camera unplugged while the prompt is open is NotFoundError") {
  Fixture f;
  f.delegate.defer = true;
  UserMediaRequest request;
  request.origin = kOrigin;
  request.video = std::make_shared<const MediaTrackConstraints>();
  std::optional<UserMediaError> error;
  bool called = false;
  f.processor.ProcessRequest(
      request, [&](std::vector<TrackSpec>, std::optional<UserMediaError> e) {
        called = true;
        error = std::move(e);
      });
  f.runner.RunUntilIdle();
  REQUIRE(f.delegate.pending);
  CHECK_FALSE(called);
  f.factory.devices = {Microphone("mic")};
  f.delegate.pending(PermissionDecision::kGranted);
  f.runner.RunUntilIdle();
  REQUIRE(called);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kNotFound);
  CHECK(f.factory.opens == 0);
}

TEST_CASE(
    "applyConstraints on a camera's only track restarts it in the "
    "chosen mode, enumerating once") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto tracks = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(tracks.size() == 1);
  StubTrack observer;
  tracks[0].source->AddTrack(&observer, tracks[0].delivery);
  REQUIRE(tracks[0].source->video_params().width == 640);
  int enumerations = f.factory.enumerations;

  AppliedConstraints applied;
  error = f.processor.ApplyConstraints(kOrigin, NativeWidth(1280), tracks[0],
                                       &applied);
  CHECK_FALSE(error);
  CHECK(f.factory.enumerations == enumerations + 1);
  CHECK(f.factory.opens == 2);
  // The source restarts at once; the track's settings and size are the
  // caller's to take over, in a queued task.
  CHECK(tracks[0].source->video_params().width == 1280);
  CHECK(applied.settings.width == 1280u);
  REQUIRE(applied.video_format);
  CHECK(applied.video_format->width == 1280);
  CHECK(tracks[0].settings.width == 640u);
  CHECK(tracks[0].delivery->video_settings().width == 640);
  tracks[0].source->RemoveTrack(&observer);
}

TEST_CASE(
    "applyConstraints on a shared camera cannot leave its running mode: "
    "a native larger width fails on width") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto first = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  auto second = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(first.size() == 1);
  REQUIRE(second.size() == 1);
  REQUIRE(first[0].source == second[0].source);
  StubTrack a, b;
  first[0].source->AddTrack(&a, first[0].delivery);
  second[0].source->AddTrack(&b, second[0].delivery);

  AppliedConstraints applied;
  error = f.processor.ApplyConstraints(kOrigin, NativeWidth(1280), first[0],
                                       &applied);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kOverconstrained);
  CHECK(error->constraint == "width");
  // Nothing changed: the source keeps its mode.
  CHECK(first[0].source->video_params().width == 640);
  CHECK(f.factory.opens == 1);

  // Scaling down from the running mode needs no restart.
  error = f.processor.ApplyConstraints(kOrigin, ExactWidth(320), first[0],
                                       &applied);
  CHECK_FALSE(error);
  REQUIRE(applied.video_format);
  CHECK(applied.video_format->width == 320);
  CHECK(applied.settings.width == 320u);
  CHECK(second[0].delivery->video_settings().width == 640);
  CHECK(f.factory.opens == 1);
  first[0].source->RemoveTrack(&a);
  second[0].source->RemoveTrack(&b);
}

TEST_CASE(
    "applyConstraints on a camera that cannot reopen is "
    "NotReadableError and ends its source") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto tracks = f.Run(std::nullopt, MediaTrackConstraints(), &error);
  REQUIRE(tracks.size() == 1);
  StubTrack observer;
  tracks[0].source->AddTrack(&observer, tracks[0].delivery);
  f.factory.busy.insert("cam");

  AppliedConstraints applied;
  error = f.processor.ApplyConstraints(kOrigin, NativeWidth(1280), tracks[0],
                                       &applied);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kNotReadable);
  // Neither the new mode nor the old one could be had again.
  CHECK(tracks[0].source->ended());
  CHECK(observer.ended);
  CHECK(tracks[0].settings.width == 640u);
}

TEST_CASE("applyConstraints on a microphone selects again without reopening") {
  Fixture f;
  std::optional<UserMediaError> error;
  auto tracks = f.Run(MediaTrackConstraints(), std::nullopt, &error);
  REQUIRE(tracks.size() == 1);
  REQUIRE(tracks[0].settings.channel_count == 2u);
  MediaTrackConstraints mono;
  ConstrainULongRange one;
  one.exact = 1;
  mono.channel_count = one;

  AppliedConstraints applied;
  error = f.processor.ApplyConstraints(kOrigin, mono, tracks[0], &applied);
  CHECK_FALSE(error);
  CHECK(applied.settings.channel_count == 1u);
  CHECK_FALSE(applied.video_format);
  CHECK(f.factory.opens == 1);

  MediaTrackConstraints three;
  ConstrainULongRange too_many;
  too_many.exact = 3;
  three.channel_count = too_many;
  error = f.processor.ApplyConstraints(kOrigin, three, tracks[0], &applied);
  REQUIRE(error);
  CHECK(error->code == UserMediaErrorCode::kOverconstrained);
  CHECK(error->constraint == "channelCount");
}

}  // namespace
}  // namespace mediacapture
