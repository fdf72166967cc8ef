// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/constraints/fitness_distance.h"
#include "core/constraints/select_settings.h"
#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

using test::Double;
using test::ExactDouble;
using test::ExactString;
using test::ExactULong;
using test::IdealString;
using test::IdealULong;
using test::ULong;

std::vector<CandidateDevice> AllCameras() {
  return {test::DefaultCamera(), test::LowResCamera(), test::HighResCamera(),
          test::OddFrameRateCamera()};
}

SelectionResult<VideoSelection> Select(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints) {
  return SelectVideoSettings(devices, constraints);
}

// The device a selection chose, by its deviceId.
std::string ChosenDevice(const SelectionResult<VideoSelection>& result) {
  REQUIRE(result.ok());
  return *result.value().settings.device_id;
}

TEST_CASE("no constraints give the default camera at 640x480, 30 Hz, native") {
  const auto result = Select(AllCameras(), {});
  REQUIRE(result.ok());
  const VideoSelection& v = result.value();
  CHECK(v.device_index == 0);
  const MediaTrackSettings& s = v.settings;
  CHECK(s.width == 640u);
  CHECK(s.height == 480u);
  CHECK(s.aspect_ratio == 1.3333333333);
  CHECK(s.frame_rate == 30.0);
  CHECK(s.facing_mode == "user");
  CHECK(s.resize_mode == "none");
  CHECK(s.device_id == "default-camera-id");
  CHECK(s.group_id == "default-camera-group");
  CHECK_FALSE(s.sample_rate);
  CHECK_FALSE(s.echo_cancellation);
  CHECK(v.capture_params.width == 640);
  CHECK(v.capture_params.height == 480);
  CHECK(v.capture_params.frame_rate == 30.0);
  CHECK(v.capture_params.pixel_format == PixelFormat::kYUYV);
  CHECK(v.track_format.width == 640);
  CHECK(v.track_format.height == 480);
  CHECK(v.track_format.frame_rate == 30.0);
}

// One row: constraints on the default camera alone, and what comes out.
struct Row {
  const char* claim;
  MediaTrackConstraints constraints;
  int width;
  int height;
  const char* resize_mode;
  int capture_width;
  int capture_height;
};

MediaTrackConstraints Width(ConstrainULong width) {
  MediaTrackConstraints c;
  c.width = width;
  return c;
}
MediaTrackConstraints Height(ConstrainULong height) {
  MediaTrackConstraints c;
  c.height = height;
  return c;
}
MediaTrackConstraints Aspect(ConstrainDouble aspect_ratio) {
  MediaTrackConstraints c;
  c.aspect_ratio = aspect_ratio;
  return c;
}

TEST_CASE("width, height and aspectRatio pick sizes on the default camera") {
  const Row rows[] = {
      {"bare width is ideal: the native mode that has it", Width(1280u), 1280,
       720, "none", 1280, 720},
      {"exact width of a native mode", Width(ExactULong(1280)), 1280, 720,
       "none", 1280, 720},
      {"min width takes the native mode above it", Width(ULong(1000)), 1280,
       720, "none", 1280, 720},
      {"max width takes the native mode below it", Width(ULong({}, 500)), 320,
       240, "none", 320, 240},
      {"exact width between modes is cropped and scaled from the next one up",
       Width(ExactULong(800)), 800, 450, "crop-and-scale", 1280, 720},
      {"ideal width between modes is reached by scaling, keeping the aspect",
       Width(IdealULong(700)), 700, 394, "crop-and-scale", 1280, 720},
      {"bare height is ideal", Height(720u), 1280, 720, "none", 1280, 720},
      {"max height scales the nearest mode down", Height(ULong({}, 100)), 133,
       100, "crop-and-scale", 320, 240},
      {"an exact square aspect ratio crops", Aspect(ExactDouble(1.0)), 480, 480,
       "crop-and-scale", 640, 480},
      {"an ideal 16:9 aspect ratio takes the 16:9 mode", Aspect(1.7777777778),
       1280, 720, "none", 1280, 720},
      {"a min aspect ratio of 2 crops the least", Aspect(Double(2.0)), 1280,
       640, "crop-and-scale", 1280, 720},
      {"an exact 3:2 aspect ratio crops to a size exactly 3:2",
       Aspect(ExactDouble(1.5)), 639, 426, "crop-and-scale", 640, 480},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      const auto result = Select({test::DefaultCamera()}, row.constraints);
      REQUIRE(result.ok());
      const VideoSelection& v = result.value();
      CHECK(v.settings.width == uint32_t(row.width));
      CHECK(v.settings.height == uint32_t(row.height));
      CHECK(v.settings.resize_mode == row.resize_mode);
      CHECK(v.capture_params.width == row.capture_width);
      CHECK(v.capture_params.height == row.capture_height);
      CHECK(v.track_format.width == row.width);
      CHECK(v.track_format.height == row.height);
      // The chosen settings always satisfy the basic set.
      CHECK(FitnessDistance(Basic(row.constraints), v.settings,
                            BareValue::kIdeal, DeviceKind::kVideoInput) < 1e9);
    }
  }
}

struct FailRow {
  const char* claim;
  MediaTrackConstraints constraints;
  const char* failed;
};

TEST_CASE("impossible constraints fail and name the constraint") {
  MediaTrackConstraints both;
  both.width = ExactULong(4000);
  both.height = ExactULong(2000);
  MediaTrackConstraints fast_native;
  fast_native.frame_rate = Double(61.0);
  fast_native.resize_mode = ExactString(std::string("none"));
  MediaTrackConstraints missing_facing;
  missing_facing.facing_mode = ExactString(std::string("right"));
  MediaTrackConstraints wrong_device;
  wrong_device.device_id = ExactString(std::string("no-such-device"));
  MediaTrackConstraints wrong_group;
  wrong_group.group_id = ExactString(std::string("no-such-group"));
  MediaTrackConstraints bad_resize;
  bad_resize.resize_mode = ExactString(std::string("stretch"));
  const FailRow rows[] = {
      {"exact width no device has fails on width", Width(ExactULong(4000)),
       "width"},
      {"min above max fails on width", Width(ULong(800, 600)), "width"},
      {"exact height no device has fails on height", Height(ExactULong(2000)),
       "height"},
      {"width and height both impossible names width first", both, "width"},
      {"an aspect ratio no size has fails on aspectRatio",
       Aspect(Double(3000.0)), "aspectRatio"},
      {"a zero aspect ratio fails on aspectRatio", Aspect(ExactDouble(0)),
       "aspectRatio"},
      {"a frame rate no device reaches fails on frameRate",
       [] {
         MediaTrackConstraints c;
         c.frame_rate = ExactDouble(120);
         return c;
       }(),
       "frameRate"},
      {"a native frame rate above every mode fails on frameRate", fast_native,
       "frameRate"},
      {"a facing mode no camera has fails on facingMode", missing_facing,
       "facingMode"},
      {"an unknown deviceId fails on deviceId", wrong_device, "deviceId"},
      {"an unknown groupId fails on groupId", wrong_group, "groupId"},
      {"an unknown resize mode fails on resizeMode", bad_resize, "resizeMode"},
  };
  for (const FailRow& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      const auto result = Select(AllCameras(), row.constraints);
      REQUIRE_FALSE(result.ok());
      CHECK_FALSE(result.no_candidates());
      CHECK(result.failed_constraint_name() == row.failed);
      CHECK_FALSE(result.message().empty());
    }
  }
}

TEST_CASE("constraints each possible alone but not together name nothing") {
  // Native modes are never 800 wide; only crop-and-scale makes 800.
  MediaTrackConstraints c;
  c.resize_mode = ExactString(std::string("none"));
  c.width = ExactULong(800);
  const auto result = Select({test::DefaultCamera()}, c);
  REQUIRE_FALSE(result.ok());
  CHECK_FALSE(result.no_candidates());
  CHECK(result.failed_constraint_name().empty());
}

TEST_CASE("no camera at all is no candidates, not overconstrained") {
  const auto result = Select({}, {});
  REQUIRE_FALSE(result.ok());
  CHECK(result.no_candidates());
  const auto microphones_only = Select({test::DefaultMicrophone()}, {});
  REQUIRE_FALSE(microphones_only.ok());
  CHECK(microphones_only.no_candidates());
}

TEST_CASE("a mode with no size or no frame rate is no candidate") {
  const CandidateDevice broken =
      test::Camera("broken-camera", FacingMode::kUnknown,
                   {test::Mode(0, 0, 30), test::Mode(640, 480, 0)});
  const auto alone = Select({broken}, {});
  REQUIRE_FALSE(alone.ok());
  CHECK(alone.no_candidates());
  const auto with_default = Select({broken, test::DefaultCamera()}, {});
  CHECK(ChosenDevice(with_default) == "default-camera-id");
}

TEST_CASE("audio constraints on a video track are ignored, even exact ones") {
  MediaTrackConstraints c;
  c.sample_rate = ExactULong(1);
  c.echo_cancellation = test::ExactEcho(true);
  c.latency = ExactDouble(99);
  const auto result = Select(AllCameras(), c);
  REQUIRE(result.ok());
  CHECK(result.value().settings.width == 640u);
}

TEST_CASE("our cameras never blur the background") {
  const auto plain = Select(AllCameras(), {});
  REQUIRE(plain.ok());
  CHECK(plain.value().settings.background_blur == false);
  MediaTrackConstraints c;
  c.background_blur = test::ExactBool(true);
  const auto exact = Select(AllCameras(), c);
  REQUIRE_FALSE(exact.ok());
  CHECK(exact.failed_constraint_name() == "backgroundBlur");
  c.background_blur = true;  // Ideal: met as well as it can be.
  const auto ideal = Select(AllCameras(), c);
  REQUIRE(ideal.ok());
  CHECK(ideal.value().settings.background_blur == false);
  CHECK(FitnessDistance(c, ideal.value().settings, BareValue::kIdeal,
                        DeviceKind::kVideoInput) == 1);
}

TEST_CASE("frame rates") {
  SECTION("exact 60 Hz picks the camera that has it, natively") {
    MediaTrackConstraints c;
    c.frame_rate = ExactDouble(60);
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "high-res-camera-id");
    CHECK(result.value().settings.frame_rate == 60.0);
    CHECK(result.value().settings.width == 1280u);
    CHECK(result.value().settings.resize_mode == "none");
    CHECK(result.value().capture_params.pixel_format == PixelFormat::kMJPEG);
  }
  SECTION("an ideal rate below every mode drops frames from a native mode") {
    MediaTrackConstraints c;
    c.frame_rate = 15.0;
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.frame_rate == 15.0);
    CHECK(result.value().settings.resize_mode == "crop-and-scale");
    CHECK(result.value().capture_params.frame_rate == 30.0);
    CHECK(result.value().track_format.frame_rate == 15.0);
    CHECK(result.value().settings.width == 640u);
  }
  SECTION("an odd exact rate takes the odd native mode") {
    MediaTrackConstraints c;
    c.frame_rate = ExactDouble(7.5);
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "odd-frame-rate-camera-id");
    CHECK(result.value().settings.width == 1024u);
    CHECK(result.value().settings.resize_mode == "none");
    CHECK(result.value().capture_params.frame_rate == 7.5);
  }
  SECTION("a rate inside a mode's range opens the device at that rate") {
    MediaTrackConstraints c;
    c.frame_rate = ExactDouble(24);
    c.resize_mode = ExactString(std::string("none"));
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "odd-frame-rate-camera-id");
    CHECK(result.value().settings.width == 352u);
    CHECK(result.value().capture_params.frame_rate == 24.0);
  }
  // https://w3c.github.io/mediacapture-main/#def-constraint-frameRate: the
  // capability's min is 0, and decimation reaches any rate down to it.
  SECTION("crop-and-scale decimates below 1 Hz, down to 0 Hz") {
    for (double rate : {0.5, 0.0}) {
      MediaTrackConstraints c;
      c.frame_rate = ExactDouble(rate);
      const auto result = Select({test::DefaultCamera()}, c);
      REQUIRE(result.ok());
      CHECK(result.value().settings.frame_rate == rate);
      CHECK(result.value().settings.resize_mode == "crop-and-scale");
      CHECK(result.value().track_format.frame_rate == rate);
      CHECK(result.value().capture_params.frame_rate > 0.0);
    }
  }
  SECTION("a negative frame rate is no setting") {
    MediaTrackConstraints c;
    c.frame_rate = ExactDouble(-1);
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failed_constraint_name() == "frameRate");
  }
  SECTION("PAL at exactly 25 Hz") {
    MediaTrackConstraints c;
    c.frame_rate = ExactDouble(25);
    c.width = ExactULong(720);
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "odd-frame-rate-camera-id");
    CHECK(result.value().settings.height == 576u);
    CHECK(result.value().settings.resize_mode == "none");
  }
}

TEST_CASE("facingMode") {
  SECTION("an ideal facing mode picks the camera facing that way") {
    MediaTrackConstraints c;
    c.facing_mode = std::string("environment");
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "high-res-camera-id");
    CHECK(result.value().settings.facing_mode == "environment");
    CHECK(result.value().settings.width == 640u);
  }
  SECTION("a list of exact facing modes accepts any of them") {
    MediaTrackConstraints c;
    c.facing_mode = ExactString(std::vector<std::string>{"left", "right"});
    CHECK(ChosenDevice(Select(AllCameras(), c)) == "odd-frame-rate-camera-id");
  }
  SECTION("an exact facing mode fails without such a camera") {
    MediaTrackConstraints c;
    c.facing_mode = ExactString(std::string("environment"));
    const auto result =
        Select({test::DefaultCamera(), test::LowResCamera()}, c);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failed_constraint_name() == "facingMode");
  }
  SECTION("a camera that does not say which way it faces") {
    MediaTrackConstraints c;
    c.facing_mode = std::string("user");
    const auto ideal = Select({test::LowResCamera()}, c);
    REQUIRE(ideal.ok());
    CHECK_FALSE(ideal.value().settings.facing_mode);
    // No facingMode member: distance 1 for an ideal value.
    CHECK(FitnessDistance(c, ideal.value().settings, BareValue::kIdeal,
                          DeviceKind::kVideoInput) == 1);
    c.facing_mode = ExactString(std::string("user"));
    const auto exact = Select({test::LowResCamera()}, c);
    REQUIRE_FALSE(exact.ok());
    CHECK(exact.failed_constraint_name() == "facingMode");
  }
}

TEST_CASE("resizeMode") {
  SECTION("none pins the track to native modes") {
    MediaTrackConstraints c;
    c.resize_mode = ExactString(std::string("none"));
    c.width = IdealULong(1000);
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 1280u);
    CHECK(result.value().settings.resize_mode == "none");
  }
  SECTION("an ideal crop-and-scale is honoured at the native size") {
    MediaTrackConstraints c;
    c.resize_mode = std::string("crop-and-scale");
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.resize_mode == "crop-and-scale");
    CHECK(result.value().settings.width == 640u);
    CHECK(result.value().capture_params.width == 640);
  }
  SECTION("crop-and-scale never upscales") {
    MediaTrackConstraints c;
    c.resize_mode = ExactString(std::string("crop-and-scale"));
    c.width = ExactULong(1281);
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failed_constraint_name() == "width");
  }
  SECTION("crop-and-scale changes the aspect ratio by cropping") {
    MediaTrackConstraints c;
    c.width = ExactULong(640);
    c.height = ExactULong(640);
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.aspect_ratio == 1.0);
    CHECK(result.value().capture_params.width == 1280);
    CHECK(result.value().capture_params.height == 720);
  }
}

TEST_CASE("deviceId and groupId compare with the ids the origin sees") {
  SECTION("exact deviceId picks that device") {
    MediaTrackConstraints c;
    c.device_id = ExactString(std::string("high-res-camera-id"));
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "high-res-camera-id");
    CHECK(result.value().device_index == 2);
  }
  SECTION("a bare deviceId is ideal and still wins the choice") {
    MediaTrackConstraints c;
    c.device_id = std::string("low-res-camera-id");
    CHECK(ChosenDevice(Select(AllCameras(), c)) == "low-res-camera-id");
  }
  SECTION("a bare unknown deviceId falls back to the default camera") {
    MediaTrackConstraints c;
    c.device_id = std::string("unplugged-camera-id");
    CHECK(ChosenDevice(Select(AllCameras(), c)) == "default-camera-id");
  }
  SECTION("a list of exact deviceIds accepts any of them") {
    MediaTrackConstraints c;
    c.device_id = ExactString(
        std::vector<std::string>{"nope", "odd-frame-rate-camera-id"});
    CHECK(ChosenDevice(Select(AllCameras(), c)) == "odd-frame-rate-camera-id");
  }
  SECTION("exact groupId picks the device in that group") {
    MediaTrackConstraints c;
    c.group_id = ExactString(std::string("low-res-camera-group"));
    const auto result = Select(AllCameras(), c);
    CHECK(ChosenDevice(result) == "low-res-camera-id");
    CHECK(result.value().settings.group_id == "low-res-camera-group");
  }
}

TEST_CASE("advanced sets are tried in order, each whole or not at all") {
  SECTION("the first of two conflicting sets wins") {
    MediaTrackConstraints c;
    c.advanced.emplace(2);
    (*c.advanced)[0].width = 320u;
    (*c.advanced)[1].width = 640u;
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 320u);
  }
  SECTION("bare values in an advanced set are exact") {
    MediaTrackConstraints c;
    c.advanced.emplace(1);
    (*c.advanced)[0].width = 1000u;
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 1000u);
  }
  SECTION("a set that cannot be met whole is skipped, not met in part") {
    MediaTrackConstraints c;
    c.resize_mode = ExactString(std::string("none"));
    c.advanced.emplace(1);
    (*c.advanced)[0].width = 640u;
    (*c.advanced)[0].height = 720u;
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 640u);
    CHECK(result.value().settings.height == 480u);
  }
  SECTION("an unsatisfiable advanced set is not an error") {
    MediaTrackConstraints c;
    c.advanced.emplace(1);
    (*c.advanced)[0].width = ExactULong(10000);
    const auto result = Select(AllCameras(), c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 640u);
  }
  SECTION(
      "a device that meets an earlier set beats one that meets later "
      "ones") {
    MediaTrackConstraints c;
    c.advanced.emplace(2);
    (*c.advanced)[0].frame_rate = 60.0;
    (*c.advanced)[1].facing_mode = std::string("user");
    CHECK(ChosenDevice(Select(AllCameras(), c)) == "high-res-camera-id");
  }
}

TEST_CASE("tie-breaking") {
  SECTION("the default camera wins a tie with another") {
    MediaTrackConstraints c;
    c.width = 320u;
    CHECK(ChosenDevice(Select({test::LowResCamera(), test::DefaultCamera()},
                              c)) == "default-camera-id");
  }
  SECTION("less rescaling beats the default camera") {
    MediaTrackConstraints c;
    c.width = 160u;
    const auto result =
        Select({test::DefaultCamera(), test::LowResCamera()}, c);
    CHECK(ChosenDevice(result) == "low-res-camera-id");
    CHECK(result.value().settings.resize_mode == "none");
    CHECK(result.value().settings.frame_rate == 15.0);
  }
  SECTION("the mode closest to 640x480 at 30 Hz, without constraints") {
    const auto result = Select({test::HighResCamera()}, {});
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 640u);
    CHECK(result.value().settings.frame_rate == 30.0);
  }
  SECTION("none before crop-and-scale when both give the same") {
    MediaTrackConstraints c;
    c.width = 1280u;
    c.height = 720u;
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.resize_mode == "none");
  }
  SECTION("among equally fit sizes, the native aspect ratio") {
    MediaTrackConstraints c;
    c.width = IdealULong(1000);
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 1000u);
    CHECK(result.value().settings.height == 563u);  // 1000 / (16/9)
  }
}

TEST_CASE("stepwise sizes") {
  SECTION("no constraints pick the grid size nearest 640x480") {
    const auto result = Select({test::StepwiseCamera()}, {});
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 640u);
    CHECK(result.value().settings.height == 480u);
    CHECK(result.value().settings.resize_mode == "none");
    CHECK(result.value().capture_params.frame_rate == 30.0);
  }
  SECTION("a native size anywhere on the grid") {
    MediaTrackConstraints c;
    c.width = ExactULong(1000);
    c.resize_mode = ExactString(std::string("none"));
    const auto result = Select({test::StepwiseCamera()}, c);
    REQUIRE(result.ok());
    const VideoSelection& v = result.value();
    CHECK(v.settings.width == 1000u);
    CHECK((*v.settings.height - 16) % 8 == 0);
    CHECK(v.settings.height == 752u);  // The grid height nearest 4:3.
    CHECK(v.capture_params.width == 1000);
    CHECK(v.capture_params.height == 752);
  }
  SECTION("a size off the grid is not native") {
    MediaTrackConstraints c;
    c.width = ExactULong(1001);
    c.resize_mode = ExactString(std::string("none"));
    const auto result = Select({test::StepwiseCamera()}, c);
    REQUIRE_FALSE(result.ok());
    // Crop-and-scale could make 1001, so width alone is not what failed.
    CHECK(result.failed_constraint_name().empty());
    c.width = ExactULong(1000);
    CHECK(Select({test::StepwiseCamera()}, c).ok());
  }
  SECTION("a size off the grid is scaled from the grid size above it") {
    MediaTrackConstraints c;
    c.width = ExactULong(1001);
    const auto result = Select({test::StepwiseCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 1001u);
    CHECK(result.value().settings.resize_mode == "crop-and-scale");
    CHECK(result.value().capture_params.width == 1008);
  }
  SECTION("a frame rate anywhere in the range") {
    MediaTrackConstraints c;
    c.frame_rate = 12.5;
    const auto result = Select({test::StepwiseCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.frame_rate == 12.5);
    CHECK(result.value().capture_params.frame_rate == 12.5);
    CHECK(result.value().settings.resize_mode == "none");
  }
}

// The examples of
// https://w3c.github.io/mediacapture-main/#constrainable-interface
TEST_CASE("spec example: three ideal values, two of which can be met") {
  MediaTrackConstraints c;
  c.width = 1280u;
  c.height = 720u;
  c.aspect_ratio = 1.5;
  const auto result = Select({test::DefaultCamera()}, c);
  REQUIRE(result.ok());
  CHECK(result.value().settings.width == 1280u);
  CHECK(result.value().settings.height == 720u);
  // Only the aspect ratio misses: |16/9 - 1.5| / (16/9).
  CHECK(FitnessDistance(c, result.value().settings, BareValue::kIdeal,
                        DeviceKind::kVideoInput) == Approx(0.15625));
}

TEST_CASE("spec example: minimums that must be met, ideals that should") {
  MediaTrackConstraints c;
  c.width = ULong(640, {}, {}, 1280);
  c.height = ULong(480, {}, {}, 720);
  c.aspect_ratio = 1.5;
  const auto result = Select({test::DefaultCamera()}, c);
  REQUIRE(result.ok());
  CHECK(result.value().settings.width == 1280u);
  CHECK(result.value().settings.height == 720u);
  const auto too_small = Select({test::LowResCamera()}, c);
  REQUIRE_FALSE(too_small.ok());
  CHECK(too_small.failed_constraint_name() == "width");
}

MediaTrackConstraints SpecAdvancedExample() {
  MediaTrackConstraints c;
  c.width = ULong(640, {}, {}, 1280);
  c.height = ULong(480, {}, {}, 720);
  c.advanced.emplace(2);
  (*c.advanced)[0].width = 1920u;
  (*c.advanced)[0].height = 1280u;
  (*c.advanced)[1].aspect_ratio = 1.3333333333;
  return c;
}

TEST_CASE("spec example: 1920x1280 if possible, else 4:3, else near 720p") {
  SECTION("a camera that can give 1920x1280") {
    const auto result = Select({test::HighResCamera()}, SpecAdvancedExample());
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 1920u);
    CHECK(result.value().settings.height == 1280u);
    CHECK(result.value().capture_params.width == 2560);
  }
  SECTION("a camera that cannot: 4:3 as close to 1280x720 as it gets") {
    const auto result = Select({test::DefaultCamera()}, SpecAdvancedExample());
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 960u);
    CHECK(result.value().settings.height == 720u);
    CHECK(result.value().settings.aspect_ratio == 1.3333333333);
    CHECK(result.value().capture_params.width == 1280);
  }
  SECTION("neither: the closest to 1280x720") {
    MediaTrackConstraints c = SpecAdvancedExample();
    c.resize_mode = ExactString(std::string("none"));
    const auto result = Select({test::HighResCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 640u);  // The only 4:3 mode.
    c.advanced->pop_back();
    const auto no_four_three = Select({test::HighResCamera()}, c);
    REQUIRE(no_four_three.ok());
    CHECK(no_four_three.value().settings.width == 1280u);
  }
}

TEST_CASE("spec example: frame-rate backoff through advanced sets") {
  MediaTrackConstraints c;
  c.advanced.emplace(3);
  (*c.advanced)[0].frame_rate = Double(500.0);
  (*c.advanced)[1].frame_rate = Double(400.0);
  (*c.advanced)[2].frame_rate = Double(300.0);
  const CandidateDevice fast =
      test::Camera("fast-camera", FacingMode::kUnknown,
                   {test::RateRangeMode(320, 240, 1, 450)});
  SECTION("above 400 when 500 is out of reach") {
    const auto result = Select({fast}, c);
    REQUIRE(result.ok());
    CHECK(*result.value().settings.frame_rate >= 400.0);
    CHECK(*result.value().settings.frame_rate <= 450.0);
  }
  SECTION("any rate when none of the sets can be met") {
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.frame_rate == 30.0);
  }
  SECTION("a minimum in the basic set is a hard floor") {
    c.frame_rate = Double(300.0);
    const auto fails = Select({test::DefaultCamera()}, c);
    REQUIRE_FALSE(fails.ok());
    CHECK(fails.failed_constraint_name() == "frameRate");
    const auto fast_enough = Select({fast}, c);
    REQUIRE(fast_enough.ok());
    CHECK(*fast_enough.value().settings.frame_rate >= 400.0);
  }
}

TEST_CASE(
    "spec example: width 650, then at least 650, 60 Hz, at most 800, "
    "user-facing") {
  MediaTrackConstraints c;
  c.width = ULong(640);
  c.height = ULong(480);
  c.advanced.emplace(5);
  (*c.advanced)[0].width = 650u;
  (*c.advanced)[1].width = ULong(650);
  (*c.advanced)[2].frame_rate = 60.0;
  (*c.advanced)[3].width = ULong({}, 800);
  (*c.advanced)[4].facing_mode = std::string("user");
  SECTION("the default camera meets all but 60 Hz") {
    const auto result = Select({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.width == 650u);
    CHECK(*result.value().settings.height >= 480u);
    CHECK(result.value().settings.frame_rate == 30.0);
  }
  SECTION("60 Hz comes before facing the user") {
    const auto result =
        Select({test::DefaultCamera(), test::HighResCamera()}, c);
    CHECK(ChosenDevice(result) == "high-res-camera-id");
    CHECK(result.value().settings.width == 650u);
    CHECK(result.value().settings.frame_rate == 60.0);
  }
}

TEST_CASE(
    "spec example: a particular camera, then width and height "
    "preferences") {
  MediaTrackConstraints c;
  c.device_id = ExactString(std::string("default-camera-id"));
  c.advanced.emplace(2);
  (*c.advanced)[0].width = ULong(800, 1200);
  (*c.advanced)[1].height = ULong(600);
  const auto result = Select(AllCameras(), c);
  CHECK(ChosenDevice(result) == "default-camera-id");
  CHECK(*result.value().settings.width >= 800u);
  CHECK(*result.value().settings.width <= 1200u);
  CHECK(*result.value().settings.height >= 600u);
}

TEST_CASE("spec example: ideal 720p within bounds, environment-facing") {
  MediaTrackConstraints c;
  c.width = ULong(320, 1920, {}, 1280);
  c.height = ULong(240, 1080, {}, 720);
  c.frame_rate = 30.0;
  c.facing_mode = ExactString(std::string("environment"));
  const auto result = Select(AllCameras(), c);
  CHECK(ChosenDevice(result) == "high-res-camera-id");
  CHECK(result.value().settings.width == 1280u);
  CHECK(result.value().settings.height == 720u);
  CHECK(result.value().settings.frame_rate == 30.0);
}

TEST_CASE("spec example: 720p, accepting up to 1080p and down to VGA") {
  MediaTrackConstraints c;
  c.width = ULong(640, 1920, {}, 1280);
  c.height = ULong(480, 1080, {}, 720);
  const auto result = Select(AllCameras(), c);
  CHECK(ChosenDevice(result) == "default-camera-id");
  CHECK(result.value().settings.width == 1280u);
  CHECK(result.value().settings.height == 720u);
  const auto low = Select({test::LowResCamera()}, c);
  REQUIRE_FALSE(low.ok());
  CHECK(low.failed_constraint_name() == "width");
}

TEST_CASE("spec example: front camera, exactly VGA") {
  MediaTrackConstraints c;
  c.facing_mode = ExactString(std::string("user"));
  c.width = ExactULong(640);
  c.height = ExactULong(480);
  const auto result = Select(AllCameras(), c);
  CHECK(ChosenDevice(result) == "default-camera-id");
  CHECK(result.value().settings.resize_mode == "none");
  const auto rear = Select({test::HighResCamera()}, c);
  REQUIRE_FALSE(rear.ok());
  CHECK(rear.failed_constraint_name() == "facingMode");
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture
